import { describe, expect, it } from 'vitest';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { cultureWeights, packCultureBoosts, readBackgroundWish } from './culture';

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
const withNotes = (...texts: string[]): KnowledgePack => ({
  ...need('lupus'),
  demographics: { notes: texts.map((text, i) => ({ id: `n${i}`, text, sources: ['cdc-lupus-factsheet'], checked: '2026-11-21' })) },
});

describe('pack notes on background', () => {
  it('boosts the groups a note says are more affected', () => {
    expect(packCultureBoosts(need('sickle-cell-disease')).get('black')).toBeGreaterThanOrEqual(2);
    expect(packCultureBoosts(need('heart-failure')).get('black')).toBe(1);
  });

  it('ignores groups that are less affected or only a comparison', () => {
    const asthma = packCultureBoosts(need('asthma'));
    expect(asthma.get('black')).toBe(1);
    expect(asthma.has('latino')).toBe(false);
    expect(asthma.has('east-asian')).toBe(false);
    expect(packCultureBoosts(need('psoriasis')).size).toBe(0);
    const lupus = packCultureBoosts(withNotes('Black women are 2.7 times more likely to have it than white women.'));
    expect(lupus.get('black')).toBe(1);
    expect(lupus.has('white')).toBe(false);
    expect(packCultureBoosts(withNotes('Inuit and Maori people have much lower rates.')).size).toBe(0);
  });

  it('reads "American Indian" as Indigenous, not South Asian', () => {
    const b = packCultureBoosts(withNotes('American Indian and Alaska Native adults were more likely to report it.'));
    expect(b.get('indigenous')).toBe(1);
    expect(b.has('south-asian')).toBe(false);
  });

  it('weights cultures by region and language', () => {
    const us = cultureWeights('us', 'en', null);
    const usEs = cultureWeights('us', 'es', null);
    expect(usEs.latino).toBeGreaterThan(us.latino);
    expect(cultureWeights('uk', 'en', null).indigenous).toBe(0);
    // Sickle cell: "9 in 10 people with sickle cell disease … identify as Black".
    const scd = cultureWeights('us', 'en', need('sickle-cell-disease'));
    const total = Object.values(scd).reduce((a, b) => a + b, 0);
    expect(scd.black / total).toBeCloseTo(0.9, 5);
    // Lupus: more common in Black and Latina women, said twice; white women remain in the mix.
    const lupus = cultureWeights('us', 'en', need('lupus'));
    expect(lupus.black).toBe(us.black * 3);
    expect(lupus.white).toBe(us.white);
  });
});

describe('readBackgroundWish', () => {
  it('reads cultures and identities from the user’s words, in English and Spanish', () => {
    expect(readBackgroundWish('Black')).toEqual({ cultures: ['black'], extras: [] });
    expect(readBackgroundWish('Latina, faith matters to me')).toEqual({ cultures: ['latino'], extras: ['faith'] });
    expect(readBackgroundWish('LGBTQ+').extras).toEqual(['lgbtq']);
    expect(readBackgroundWish('latina y creyente')).toEqual({ cultures: ['latino'], extras: ['faith'] });
    expect(readBackgroundWish('South Asian').cultures).toEqual(['south-asian']);
    expect(readBackgroundWish(undefined)).toEqual({ cultures: [], extras: [] });
    expect(readBackgroundWish('likes gardening')).toEqual({ cultures: [], extras: [] });
  });
});
