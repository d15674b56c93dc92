import { describe, expect, it } from 'vitest';
import type { GroupPreferences, Persona, Situation } from '@shared/domain';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { buildCohortDetail } from './buildCohort';
import { SITUATION_STORIES } from './challengeBank';
import type { Culture } from './names';
import { VOICES } from './personaTraits';
import { fill } from './text';

interface NodeFs {
  readdirSync(path: URL): string[];
  readFileSync(path: URL, encoding: 'utf8'): string;
}
const fsModule = 'node:fs';
const { readdirSync, readFileSync } = (await import(/* @vite-ignore */ fsModule)) as NodeFs;
const dir = new URL('../../../../resources/packs/', import.meta.url);
const packs = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(new URL(f, dir), 'utf8'))));
const need = (id: string): KnowledgePack => {
  const pack = packs.find((p) => p.id === id);
  if (!pack) throw new Error(`pack ${id} missing`);
  return pack;
};

interface Options {
  readonly preferences?: GroupPreferences;
  readonly situations?: Situation[];
  readonly language?: 'en' | 'es';
  readonly country?: string;
}
const build = (packId: string, seed: number, o: Options = {}): ReturnType<typeof buildCohortDetail> => {
  const pack = need(packId);
  const language = o.language ?? 'en';
  return buildCohortDetail({
    profile: { conditionId: pack.id, conditionLabel: pack.name, situations: o.situations ?? [], preferences: o.preferences ?? {}, country: o.country ?? 'US', language },
    format: 'condition', seed, pack, packs, language,
  });
};
/** The five peers, without the facilitator (who may live with another condition). */
const peersOf = (packId: string, seeds: number, o: Options = {}): Persona[] =>
  Array.from({ length: seeds }, (_, seed) => build(packId, seed, o).personas.filter((p) => p.role !== 'facilitator')).flat();
const shareOf = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length / items.length;

describe('prevalence from the pack', () => {
  it('follows femaleShare over many seeds (lupus ≈ 90% women, MS ≈ 70%, RA ≈ 75%)', () => {
    for (const [packId, share] of [['lupus', 0.9], ['multiple-sclerosis', 0.7], ['rheumatoid-arthritis', 0.75]] as const) {
      const women = shareOf(peersOf(packId, 300), (p) => p.gender === 'woman');
      // 3% of peers are nonbinary whatever the pack says.
      expect(women, packId).toBeGreaterThan(share * 0.97 - 0.04);
      expect(women, packId).toBeLessThan(share * 0.97 + 0.04);
    }
  });

  it('is even where the pack gives no figure, and has no men with endometriosis', () => {
    const asthma = shareOf(peersOf('asthma', 300), (p) => p.gender === 'woman');
    expect(asthma).toBeGreaterThan(0.43);
    expect(asthma).toBeLessThan(0.55);
    expect(peersOf('endometriosis', 100).some((p) => p.gender === 'man')).toBe(false);
  });

  it('follows onsetAge: rheumatoid arthritis (40–50) peers are older than ulcerative colitis (15–25) peers', () => {
    const mean = (ps: Persona[]): number => ps.reduce((a, p) => a + p.age, 0) / ps.length;
    const notVeteran = (ps: Persona[]): Persona[] => ps.filter((p) => p.role !== 'veteran');
    expect(mean(notVeteran(peersOf('rheumatoid-arthritis', 200)))).toBeGreaterThan(mean(notVeteran(peersOf('ulcerative-colitis', 200))) + 15);
  });

  it('follows the pack’s notes on background (sickle cell: mostly Black peers in the US)', () => {
    const cultures = (packId: string, o: Options = {}): Culture[] =>
      Array.from({ length: 200 }, (_, seed) => build(packId, seed, o).drawn.filter((d) => d.persona.role !== 'facilitator').map((d) => d.culture)).flat();
    expect(shareOf(cultures('sickle-cell-disease'), (c) => c === 'black')).toBeGreaterThan(0.85);
    expect(shareOf(cultures('psoriasis'), (c) => c === 'black')).toBeLessThan(0.2);
    // Spanish-speaking users meet a larger share of Spanish-language names.
    const hispanic = (c: Culture): boolean => c === 'latino' || c === 'spanish';
    expect(shareOf(cultures('psoriasis', { language: 'es' }), hispanic)).toBeGreaterThan(0.5);
    expect(shareOf(cultures('psoriasis'), hispanic)).toBeLessThan(0.3);
    expect(shareOf(cultures('psoriasis', { language: 'es', country: 'ES' }), hispanic)).toBeGreaterThan(0.6);
  });

  it('varies setting, background and life stage within a group', () => {
    let variedSettings = 0;
    let variedStages = 0;
    for (let seed = 0; seed < 100; seed += 1) {
      const ps = build('type-2-diabetes', seed).personas;
      if (new Set(ps.map((p) => p.setting)).size > 1) variedSettings += 1;
      if (new Set(ps.map((p) => p.lifeStage)).size > 1) variedStages += 1;
      expect(new Set(ps.map((p) => p.voice)).size).toBe(ps.length);
      expect(new Set(ps.map((p) => p.copingStyle)).size).toBe(ps.length);
    }
    expect(variedSettings).toBeGreaterThan(90);
    expect(variedStages).toBeGreaterThan(80);
  });
});

describe('people like me', () => {
  const atLeast = (ps: Persona[], test: (p: Persona) => boolean, n: number): void => {
    expect(ps.filter(test).length).toBeGreaterThanOrEqual(n);
  };

  it('follows the genders the user asked for in most peers, the Mirror always', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const peers = build('lupus', seed, { preferences: { genders: ['man'] } }).personas.filter((p) => p.role !== 'facilitator');
      expect(peers[0]?.gender).toBe('man');
      atLeast(peers, (p) => p.gender === 'man', 4);
    }
  });

  it('follows the user’s own age and gender ("people like me"), keeping some variety', () => {
    let allSame = 0;
    for (let seed = 0; seed < 50; seed += 1) {
      const peers = build('type-2-diabetes', seed, { preferences: { self: { age: 45, gender: 'woman' } } }).personas.filter((p) => p.role !== 'facilitator');
      const mirror = peers[0];
      expect(mirror?.gender).toBe('woman');
      expect(Math.abs((mirror?.age ?? 0) - 45)).toBeLessThanOrEqual(3);
      atLeast(peers, (p) => p.gender === 'woman', 4);
      atLeast(peers, (p) => Math.abs(p.age - 45) <= 6, 4);
      if (peers.every((p) => Math.abs(p.age - 45) <= 6)) allSame += 1;
    }
    expect(allSame).toBeLessThan(50);
  });

  it('follows an age range, setting and life stage for most peers', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const preferences: GroupPreferences = { ageRange: { min: 25, max: 35 }, setting: 'rural', lifeStage: 'parent' };
      const peers = build('crohns-disease', seed, { preferences }).personas.filter((p) => p.role !== 'facilitator');
      const mirror = peers[0];
      expect(mirror?.setting).toBe('rural');
      expect(mirror?.lifeStage).toBe('parent');
      expect(mirror?.age).toBeGreaterThanOrEqual(25);
      expect(mirror?.age).toBeLessThanOrEqual(35);
      atLeast(peers, (p) => p.age >= 25 && p.age <= 35, 4);
      atLeast(peers, (p) => p.setting === 'rural', 4);
      atLeast(peers, (p) => p.lifeStage === 'parent', 4);
    }
  });

  it('follows a background wish in most peers, and identity wishes (faith, LGBTQ+) in the Mirror', () => {
    for (let seed = 0; seed < 40; seed += 1) {
      const { drawn } = build('lupus', seed, { preferences: { background: 'Latina, faith matters to me' } });
      const peers = drawn.filter((d) => d.persona.role !== 'facilitator');
      expect(peers[0]?.culture).toBe('latino');
      expect(peers[0]?.persona.background).toMatch(/faith/);
      atLeast(peers.map((d) => d.persona), (p) => drawn.find((d) => d.persona === p)?.culture === 'latino', 4);
      const queer = build('hiv', seed, { preferences: { background: 'LGBTQ+' } }).personas[0];
      expect(queer?.background).toMatch(/queer|gay|bisexual/);
    }
  });
});

describe('the Mirror', () => {
  const ids = (s: Exclude<Situation, 'carer'>): string[] => SITUATION_STORIES[s].map((e) => e.id);

  it('is the newest to the condition when the user has just been diagnosed', () => {
    for (let seed = 0; seed < 50; seed += 1) {
      const { drawn, personas } = build('multiple-sclerosis', seed, { situations: ['just-diagnosed'] });
      const mirror = personas[0];
      expect(mirror?.yearsSinceDiagnosis).toBeLessThanOrEqual(0.5);
      for (const p of personas.slice(1)) expect(p.yearsSinceDiagnosis).toBeGreaterThan(mirror?.yearsSinceDiagnosis ?? 0);
      expect(ids('just-diagnosed')).toContain(drawn[0]?.challengeId);
    }
  });

  it('shares the user’s situation: a new medicine, a flare, appointments far away', () => {
    for (let seed = 0; seed < 30; seed += 1) {
      const med = build('lupus', seed, { situations: ['new-medication'] });
      expect(ids('new-medication')).toContain(med.drawn[0]?.challengeId);
      expect(med.personas[0]?.treatments.length).toBeGreaterThan(0);
      const several = build('type-1-diabetes', seed, { situations: ['flare-or-complication', 'new-to-area'] });
      expect([...ids('flare-or-complication'), ...ids('new-to-area')]).toContain(several.drawn[0]?.challengeId);
      const far = build('copd', seed, { situations: ['hard-to-reach-appointments'] });
      expect(ids('hard-to-reach-appointments')).toContain(far.drawn[0]?.challengeId);
      expect(far.personas[0]?.setting).toBe('rural');
    }
  });

  it('is a carer when the user is one, even in a condition group', () => {
    for (let seed = 0; seed < 20; seed += 1) {
      const mirror = build('epilepsy', seed, { situations: ['carer'] }).personas[0];
      expect(mirror?.currentChallenge).toMatch(/\bmy (daughter|son|child|wife|husband|partner|mum|dad|parent) has\b/);
    }
  });
});

describe('Spanish-speaking users', () => {
  it('get persona text in Spanish', () => {
    const spanishVoices = new Set(VOICES.flatMap((v) => (['woman', 'man', 'nonbinary'] as const).map((g) => fill(v.es, g))));
    for (let seed = 0; seed < 20; seed += 1) {
      const { personas } = build('lupus', seed, { language: 'es', country: 'MX' });
      for (const p of personas) {
        expect(['ella', 'él', 'elle']).toContain(p.pronouns);
        if (p.role !== 'facilitator') expect(spanishVoices.has(p.voice), p.voice).toBe(true);
        expect(`${p.currentChallenge} ${p.whatHelped}`).not.toMatch(/\b(the|and|with|my)\b/);
      }
    }
  });
});
