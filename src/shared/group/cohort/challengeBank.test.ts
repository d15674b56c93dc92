import { describe, expect, it } from 'vitest';
import * as bank from './challengeBank';
import type { StoryEntry } from './challengeBank';
import { fill } from './text';

const GENDERS = ['woman', 'man', 'nonbinary'] as const;
// Long, realistic fillers so the length check is honest.
const VARS = { treatment: 'biologic and other targeted medicines', cond: 'chronic obstructive pulmonary disease', rel: 'my daughter', other: 'heart disease and stroke' };

const banks: Record<string, readonly StoryEntry[]> = Object.fromEntries(
  Object.entries(bank).filter(([, v]) => Array.isArray(v)) as [string, readonly StoryEntry[]][],
);
const situationEntries = Object.values(bank.SITUATION_STORIES).flat();
const all = [...new Set([...Object.values(banks).flat(), ...situationEntries])];

describe('challenge bank', () => {
  it('has a unique id for every distinct entry', () => {
    const ids = all.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes every entry as "Headline — detail" in both languages, filled completely, within 240 characters', () => {
    for (const entry of all) {
      for (const language of ['en', 'es'] as const) {
        expect(entry[language], entry.id).toContain(' — ');
        for (const gender of GENDERS) {
          const text = fill(entry[language], gender, VARS);
          expect(text, `${entry.id}/${language}`).not.toMatch(/[{}]/);
          expect(text.length, `${entry.id}/${language}`).toBeLessThanOrEqual(240);
        }
      }
    }
  });

  it('describes the peer, never tells the reader what to do', () => {
    for (const entry of all) {
      expect(entry.en, entry.id).not.toMatch(/\byou(r|'re|'ll)?\b|\bshould\b|\bmake sure\b/i);
      expect(entry.es, entry.id).not.toMatch(/\b(deberías|debes|tienes que|te recomiendo|prueba a)\b/i);
    }
  });

  it('only names a treatment where the entry is grounded in one, and only in English', () => {
    for (const entry of all) {
      const usesTreatment = entry.en.includes('{treatment}');
      expect(usesTreatment, entry.id).toBe(entry.needs.kind === 'treatment' || entry.needs.kind === 'side-effect');
      // Packs name treatments in English, so Spanish lines never drop an English name into a sentence.
      expect(entry.es, entry.id).not.toContain('{treatment}');
    }
  });

  it('names the second condition only in English (packs name conditions in English)', () => {
    for (const entry of all) {
      if (entry.en.includes('{other}')) expect(entry.needs.kind, entry.id).toBe('co-occurring');
      expect(entry.es, entry.id).not.toContain('{other}');
    }
  });

  it('has carers say plainly who they care for and what they have', () => {
    for (const entry of [...bank.CARER_STORIES, ...bank.CARER_TREATMENT_STORIES, ...bank.CARER_CO_OCCURRING_STORIES, ...bank.CARER_VETERAN_STORIES]) {
      expect(entry.en, entry.id).toMatch(/\{rel\} has \{cond\}/);
      expect(entry.es, entry.id).toMatch(/\{rel\} tiene \{cond\}/);
    }
  });
});
