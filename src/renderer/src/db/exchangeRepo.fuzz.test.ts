// The import path under 2,000 corrupted files: byte-level damage to a real export's text and
// structural damage to its JSON. parseGroupExport never throws and always names a known problem;
// whatever it accepts is imported whole or not at all.
import { describe, expect, it } from 'vitest';
import { buildGroupExport, parseGroupExport, prepareImport, serializeGroupExport, type GroupExport, type ImportProblemCode } from '@shared/exchange';
import { safetyPort } from '@shared/group/session/safetyPort';
import { randomValue, seeded } from '@tests/fuzz/random';
import { openTestStore } from '@tests/support/renderer/testStore';
import { importGroup } from './exchangeRepo';
import { testPersona } from '@tests/support/renderer/testDatabase';

const SEED = Number(process.env['FUZZ_SEED'] ?? 8);
const CASES = 1000;
const CODES: readonly ImportProblemCode[] = ['too-large', 'not-json', 'not-a-hearth-export', 'newer-version', 'invalid-field', 'inconsistent', 'already-exists'];

function validExport(): GroupExport {
  const groupId = 'group-fuzz-0001';
  const member = { id: 'member-fuzz-01', groupId, persona: testPersona(), muted: false, order: 0 };
  const cite = { marker: 1, factKey: 'lupus/f1', title: 'Lupus', publisher: 'NIAMS', url: 'https://www.niams.nih.gov/health-topics/lupus', origin: 'bundled' as const };
  return buildGroupExport(
    {
      group: { id: groupId, title: 'Fuzz', format: 'condition', conditionId: 'lupus', conditionLabel: 'Lupus', seed: 2, topic: 'open', createdAt: 1, updatedAt: 2, unsourced: false },
      members: [member],
      messages: Array.from({ length: 6 }, (_, seq) => ({
        id: `message-fuzz-${seq}`, groupId, seq, author: seq % 2 ? { kind: 'member' as const, memberId: member.id } : { kind: 'user' as const }, kind: 'chat' as const,
        status: 'complete' as const, text: `sentence ${seq}`, sentenceCount: 1, citations: seq % 2 ? [cite] : [], createdAt: 10 + seq, updatedAt: 10 + seq,
      })),
      summaries: [{ id: 'summary-fuzz-1', groupId, uptoSeq: 3, text: 'so far', createdAt: 20 }],
      checkIns: [{ id: 'checkin-fuzz-1', groupId, createdAt: 30, emotional: 4 }],
      nextSteps: [{ id: 'step-fuzz-0001', groupId, text: 'rest', createdAt: 40, updatedAt: 40, status: 'open' }],
    },
    50,
  );
}

/** Damages a random place in the JSON tree: delete, replace with any value, duplicate, or retype. */
function mutateTree(rand: () => number, doc: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  const steps = 1 + Math.floor(rand() * 3);
  for (let s = 0; s < steps; s++) {
    let node: unknown = copy;
    let parent: Record<string, unknown> | unknown[] | undefined;
    let key: string | number | undefined;
    for (let depth = 0; depth < 6 && typeof node === 'object' && node !== null && rand() < 0.8; depth++) {
      const keys = Object.keys(node);
      if (keys.length === 0) break;
      const k = keys[Math.floor(rand() * keys.length)]!;
      parent = node as Record<string, unknown>;
      key = Array.isArray(node) ? Number(k) : k;
      node = (node as Record<string, unknown>)[k];
    }
    if (!parent || key === undefined) continue;
    const action = rand();
    if (action < 0.25) {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else Reflect.deleteProperty(parent, key);
    } else if (action < 0.6) (parent as Record<string, unknown>)[key] = randomValue(rand);
    else if (action < 0.8 && Array.isArray(parent)) parent.push(structuredClone(parent[Number(key)]));
    else (parent as Record<string, unknown>)[key] = typeof node === 'number' ? String(node) : typeof node === 'string' ? node.length : null;
  }
  return copy;
}

/** Damages the text itself: truncation, byte flips, inserted garbage. */
function mutateText(rand: () => number, text: string): string {
  const at = Math.floor(rand() * text.length);
  const roll = rand();
  if (roll < 0.3) return text.slice(0, at);
  if (roll < 0.7) return `${text.slice(0, at)}${String.fromCharCode(Math.floor(rand() * 0xffff))}${text.slice(at + 1)}`;
  return `${text.slice(0, at)}${JSON.stringify(randomValue(rand)) ?? ''}${text.slice(at)}`;
}

describe(`import fuzz (seed ${SEED})`, () => {
  it(`refuses ${CASES * 2} damaged files with a known problem, and imports what it accepts all or nothing`, async () => {
    const rand = seeded(SEED);
    const valid = validExport();
    const text = serializeGroupExport(valid);
    const store = openTestStore();
    await store.vault.init();
    const rows = async () => (await Promise.all([store.db.groups, store.db.members, store.db.messages, store.db.summaries, store.db.checkIns, store.db.nextSteps].map((t) => t.count()))).reduce((a, b) => a + b, 0);
    const seen = new Map<string, number>();
    let accepted = 0;

    for (let i = 0; i < CASES * 2; i++) {
      const input = i % 2 ? mutateText(rand, text) : JSON.stringify(mutateTree(rand, valid)) ?? 'undefined';
      // A throw here fails the test: parseGroupExport must answer every input.
      const parsed = parseGroupExport(input);
      if (!parsed.ok) {
        expect(CODES).toContain(parsed.problem.code);
        seen.set(parsed.problem.code, (seen.get(parsed.problem.code) ?? 0) + 1);
        continue;
      }
      accepted++;
      const before = await rows();
      // What an import may write: the file after its safety re-check (notices and scripts never come in).
      const doc = prepareImport(parsed.value, safetyPort).doc;
      const size = 1 + doc.members.length + doc.messages.length + doc.summaries.length + doc.checkIns.length + doc.nextSteps.length;
      const result = await importGroup(store.db, parsed.value);
      const added = (await rows()) - before;
      expect(added === 0 || added === size).toBe(true);
      expect(result.ok ? added === size : added === 0).toBe(true);
      if (result.ok) await store.repositories.groups.delete(doc.group.id);
    }
    expect(seen.get('not-json')).toBeGreaterThan(0);
    expect(seen.get('invalid-field')).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  }, 120_000);
});
