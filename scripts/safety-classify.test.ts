import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const Output = z.object({
  id: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  crisis: z.enum(['crisis', 'distress', 'none']),
  categories: z.array(z.string()),
  response: z.enum(['panel', 'ask', 'group']),
  advice: z.boolean(),
  reasons: z.array(z.string()),
});
type Output = z.infer<typeof Output>;

/** Runs the command the way `npm run --silent safety:classify` does and pipes the given stdin. */
function classify(stdin: string): Promise<{ lines: Output[]; code: number | null; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npx', ['tsx', 'scripts/safety-classify.ts'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const lines = out.split('\n').filter((l) => l.trim() !== '').map((l) => Output.parse(JSON.parse(l)));
      resolve({ lines, code, ms: performance.now() - started });
    });
    child.stdin.end(stdin);
  });
}

describe('safety:classify', () => {
  it('classifies user and peer lines, one output line per input line', async () => {
    const input = [
      { id: 'u1', text: 'I want to kill myself', role: 'user' },
      { id: 'u2', text: 'this flare is killing me', role: 'user' },
      { id: 'u3', text: 'I feel so hopeless', role: 'user' },
      { id: 'p1', text: 'You should stop taking your insulin.', role: 'peer' },
      { id: 'p2', text: "I'm on 20 mg and the moon face was rough.", role: 'peer' },
      { id: 7, text: 'kms' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const { lines, code } = await classify(`${input}\n`);
    expect(code).toBe(0);
    expect(lines.map((l) => [l.id, l.crisis, l.response, l.advice])).toEqual([
      ['u1', 'crisis', 'panel', false],
      ['u2', 'none', 'group', false],
      ['u3', 'distress', 'group', false],
      ['p1', 'none', 'group', true],
      ['p2', 'none', 'group', false],
      [7, 'crisis', 'panel', false],
    ]);
    expect(lines[0]?.categories).toEqual(['suicide']);
  });

  it('skips blank lines, survives invalid JSON and missing text, and uses recent messages', async () => {
    const input = [
      '',
      '   ',
      '{"id": "broken", "text": "I want to die',
      'not json at all',
      '{"id":"no-text"}',
      '[1,2,3]',
      JSON.stringify({ id: 'r', text: 'tonight is the night', recent: ["I've been saving up my oxy"] }),
      JSON.stringify({ id: 'odd-role', text: 'I want to die', role: 'assistant' }),
      JSON.stringify({ id: 'h', text: 'tonight is the night', history: [{ role: 'user', text: "I've been saving up my oxy" }] }),
    ].join('\r\n');
    const { lines } = await classify(input);
    expect(lines).toHaveLength(7);
    expect(lines[0]).toMatchObject({ id: 'broken', crisis: 'crisis', advice: false });
    expect(lines[0]?.reasons[0]).toBe('invalid-json');
    expect(lines[1]).toMatchObject({ id: null, crisis: 'none', advice: false, reasons: ['invalid-json'] });
    expect(lines[2]).toMatchObject({ id: 'no-text', crisis: 'none', reasons: ['missing-text'] });
    expect(lines[3]).toMatchObject({ id: null, reasons: ['missing-text'] });
    expect(lines[4]).toMatchObject({ id: 'r', crisis: 'crisis' });
    expect(lines[5]).toMatchObject({ id: 'odd-role', crisis: 'crisis' });
    expect(lines[5]?.reasons[0]).toBe('unknown-role-as-user');
    expect(lines[6]).toMatchObject({ id: 'h', crisis: 'crisis' });
  });

  it('streams 1,000 lines in a few seconds', async () => {
    const texts = ['I want to die', 'my feet are killing me', 'You should double your dose.', 'I take 20 mg myself.', 'hola a todos'];
    const input = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({ id: i, text: texts[i % texts.length], role: i % 5 >= 2 && i % 5 <= 3 ? 'peer' : 'user' }),
    ).join('\n');
    const { lines, ms } = await classify(input);
    expect(lines).toHaveLength(1000);
    expect(lines.map((l) => l.id)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    process.stdout.write(`\nsafety:classify: 1,000 lines in ${Math.round(ms)} ms including tsx start-up\n`);
    expect(ms).toBeLessThan(10_000);
  });
});
