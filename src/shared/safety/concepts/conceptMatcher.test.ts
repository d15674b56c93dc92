import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize';
import { parseText } from '../nlp/parse';
import { compileLexicon, matchConcepts } from './conceptMatcher';
import { crisisFeatures } from './crisisReading';
import { adviceFeatures } from './adviceReading';

const lexicon = compileLexicon({ live: ['live', 'wake up'], death: ['die', 'mor*'], own: ['not wake up'] });
const hits = (text: string): string[] => matchConcepts(lexicon, parseText(normalizeText(text))).map((h) => `${h.concept}${h.negated ? '~neg' : ''}`);

describe('matchConcepts', () => {
  it('matches words by text or lemma, sequences, and prefixes', () => {
    expect(hits('dying')).toContain('death');
    expect(hits('quiero morirme')).toContain('death');
    expect(hits('i want to wake up')).toContain('live');
  });

  it('marks a concept under a negation, unless the phrase carries its own', () => {
    expect(hits('i do not want to live')).toContain('live~neg');
    expect(hits('i hope i do not wake up')).toContain('own');
  });
});

describe('features', () => {
  it('crisis features carry concepts, their marks, pairs and recent context', () => {
    const f = crisisFeatures("I don't want to live anymore", ['my pills are in the drawer']);
    expect(f).toContain('c:live~neg');
    expect(f).toContain('r:means');
    expect(f).toEqual([...f].sort());
  });

  it('advice features carry the sentence before', () => {
    expect(adviceFeatures('yes, do that', 'should I skip my metformin?').some((x) => x.startsWith('prev:'))).toBe(true);
  });
});
