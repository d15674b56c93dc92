import { describe, expect, it } from 'vitest';
import { normalizeText, stem, terms } from './textTerms';

describe('textTerms', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeText("Crohn's  DISEASE — línea")).toBe('crohns disease linea');
  });
  it('joins plural, -ing/-ed and silent-e forms', () => {
    expect(stem('effects')).toBe(stem('effect'));
    expect(stem('fatigued')).toBe(stem('fatigue'));
    expect(stem('medicines')).toBe(stem('medicine'));
    expect(stem('counselling')).toBe(stem('counsel'));
    expect(stem('illnesses')).toBe(stem('illness'));
  });
  it('folds British and American spellings together', () => {
    expect(stem('diarrhoea')).toBe(stem('diarrhea'));
    expect(stem('anaemia')).toBe(stem('anemia'));
    expect(stem('behaviour')).toBe(stem('behavior'));
  });
  it('drops stop words and keeps drug names intact', () => {
    expect(terms('Can I drink on metformin?')).toEqual(['drink', 'metformin']);
  });
});
