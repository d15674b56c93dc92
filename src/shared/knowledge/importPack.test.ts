import { describe, expect, it } from 'vitest';
import { flattenPack } from './flattenPack';
import { formatPath, importPack } from './importPack';
import { SAMPLE_ALLOWED_DOMAINS, samplePack } from '@tests/support/samplePack';

const options = { allowedDomains: SAMPLE_ALLOWED_DOMAINS };
const errorsOf = (text: string, extra: Partial<Parameters<typeof importPack>[1]> = {}): readonly string[] => {
  const result = importPack(text, { ...options, ...extra });
  return result.ok ? [] : result.errors;
};

describe('importPack', () => {
  it('accepts a valid pack, whose facts are then cited as imported', () => {
    const result = importPack(JSON.stringify(samplePack()), options);
    expect(result.ok).toBe(true);
    if (result.ok) expect(flattenPack(result.pack, 'imported').every((f) => f.origin === 'imported')).toBe(true);
  });

  it('explains a JSON syntax error with its line and column', () => {
    const [error] = errorsOf('{\n  "id": "x",\n  oops\n}');
    expect(error).toMatch(/^The file is not valid JSON at line 3, column 3/);
  });

  it('turns schema problems into paths that name the fact', () => {
    const pack = samplePack() as unknown as Record<string, unknown>;
    const experiences = pack['experiences'] as Array<Record<string, unknown>>;
    experiences[0]!['sources'] = [];
    delete pack['category'];
    const errors = errorsOf(JSON.stringify(pack));
    expect(errors[0]).toBe('The file is not a valid Hearth knowledge pack:');
    expect(errors).toContain("experiences[0].sources (in 'exp-fatigue'): every fact needs at least one source");
    expect(errors).toContain('category is missing');
  });

  it('reports rule problems in the same words as the checker', () => {
    const pack = samplePack();
    pack.experiences[1]!.sources = ['src-nowhere'];
    expect(errorsOf(JSON.stringify(pack))).toContain("Fact 'exp-stomach' in experiences cites source 'src-nowhere', which the pack does not declare (at experiences[1])");
  });

  it('refuses citations outside the reviewed domains and ids of bundled packs', () => {
    const pack = samplePack();
    pack.sources[0]!.url = 'https://blog.example.com/post';
    const errors = errorsOf(JSON.stringify(pack), { reservedPackIds: ['sample-condition'] });
    expect(errors).toContain("A pack with id 'sample-condition' ships with Hearth; give the imported pack a different id");
    expect(errors.some((e) => e.includes("whose domain 'blog.example.com' is not in the allowed publisher list"))).toBe(true);
  });

  it('refuses something that is not a pack at all, and very large files', () => {
    expect(errorsOf('[1, 2, 3]')[1]).toBe('the top level: Invalid input: expected object, received array');
    expect(errorsOf(' '.repeat(2_000_001))[0]).toMatch(/too large/);
  });

  it('formats issue paths', () => {
    expect(formatPath(['treatments', 0, 'sideEffects', 2, 'sources'])).toBe('treatments[0].sideEffects[2].sources');
    expect(formatPath([])).toBe('');
  });
});
