// A facilitator never brings in a condition that does not belong to the group: built from the real
// packs, a lupus group (and an Ehlers-Danlos group, which has no pack) runs a first session, a turn and
// a close on the real engine; neither what the facilitator says nor anything the model is asked to say
// for it names a condition outside the group's own and the ones its pack says come with it.
import { afterEach, describe, expect, it } from 'vitest';
import type { GroupFormat } from '@shared/domain';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { judged } from '@tests/fake-ollama';
import { startSessionRig, type SessionRig } from '@tests/support/sessionRig';
import { buildCohort } from '../cohort/buildCohort';

/** Node's fs, loaded without a static import so this file also type-checks in the web project. */
interface NodeFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const dir = new URL('../../../../resources/packs/', import.meta.url);
const packs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));

/** "Ulcerative colitis", "HIV", "Crohn's disease": a pack's name as said in a sentence. */
const shortName = (p: KnowledgePack): string => p.name.split('(')[0]!.trim();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The conditions that do not belong to a group of `ownId`: every pack but its own and the ones its pack
 * says come with it (by id, or named in a co-occurring entry: "Depression and anxiety" allows anxiety).
 */
function foreignNames(ownId: string | null): RegExp {
  const own = packs.find((p) => p.id === ownId);
  const allowed = new Set([ownId, ...(own?.coOccurring.map((c) => c.packId ?? '') ?? [])]);
  const coNames = (own?.coOccurring.map((c) => c.name) ?? []).join(' | ').toLowerCase();
  const names = packs.filter((p) => !allowed.has(p.id) && !coNames.includes(shortName(p).toLowerCase())).map((p) => escape(shortName(p)));
  return new RegExp(`\\b(?:${names.join('|')})\\b`, 'i');
}

const rigs: SessionRig[] = [];
afterEach(async () => {
  while (rigs.length) await rigs.pop()!.close();
});

const CASES: ReadonlyArray<{ readonly id: string | null; readonly label: string }> = [
  { id: 'lupus', label: 'Lupus' },
  { id: null, label: 'Ehlers-Danlos syndrome' },
];

describe("facilitators speak only of the group's own conditions", () => {
  for (const condition of CASES) {
    for (const format of ['condition', 'buddy'] as const satisfies readonly GroupFormat[]) {
      it(`${condition.label}, ${format}: welcome, a turn and the close name no condition from outside the group`, async () => {
        const pack = packs.find((p) => p.id === condition.id) ?? null;
        const foreign = foreignNames(condition.id);
        expect(foreign.test('HIV')).toBe(true);
        expect(foreign.test('ulcerative colitis')).toBe(true);
        for (const seed of [1, 2, 3]) {
          const cohort = buildCohort({
            profile: { conditionId: condition.id, conditionLabel: condition.label, situations: [], preferences: {}, country: 'US', language: 'en' },
            format,
            seed,
            pack,
            packs,
            language: 'en',
          });
          const rig = await startSessionRig({ personas: cohort.personas, format, buddy: format === 'buddy', condition, fake: { reply: judged({ reply: () => 'That sounds like a long week. I get tired like that too.' }) } });
          rigs.push(rig);
          const facilitator = cohort.personas.find((p) => p.role === 'facilitator')!;
          expect(JSON.stringify(facilitator), `seed ${seed}`).not.toMatch(foreign);
          await rig.session.open();
          await rig.session.send('I have been so tired this week and nobody at work gets it.');
          await rig.session.close();
          const said = rig.log().filter((m) => m.who === facilitator.name);
          expect(said.length, `seed ${seed}`).toBeGreaterThan(0);
          for (const m of said) expect(m.text, `seed ${seed}`).not.toMatch(foreign);
          const prompts = rig.app.fake.requests.filter((r) => r.path === '/api/chat').map((r) => JSON.stringify(r.body));
          const facilitatorPrompts = prompts.filter((body) => body.includes(`NOW SPEAKING: ${facilitator.name} —`));
          expect(facilitatorPrompts.length, `seed ${seed}`).toBeGreaterThan(0);
          for (const body of facilitatorPrompts) expect(body, `seed ${seed}`).not.toMatch(foreign);
        }
      });
    }
  }
});
