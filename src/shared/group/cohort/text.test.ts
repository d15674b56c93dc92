import { describe, expect, it } from 'vitest';
import { capitalise, clip, conditionInSentence, fill, treatmentInSentence } from './text';

describe('fill', () => {
  it('fills variables and gender slots in man|woman|nonbinary order', () => {
    expect(fill('cansad{o|a|e}', 'man')).toBe('cansado');
    expect(fill('cansad{o|a|e}', 'woman')).toBe('cansada');
    expect(fill('cansad{o|a|e}', 'nonbinary')).toBe('cansade');
    expect(fill('cuidador{|a|e}', 'man')).toBe('cuidador');
    expect(fill('{rel} has {cond}', 'woman', { rel: 'my son', cond: 'lupus' })).toBe('my son has lupus');
  });

  it('leaves unknown variables visible so tests can catch them', () => {
    expect(fill('{missing}', 'man')).toBe('{missing}');
  });
});

describe('names in sentences', () => {
  it('lower-cases ordinary names and keeps acronyms and proper nouns', () => {
    expect(conditionInSentence('Type 1 diabetes')).toBe('type 1 diabetes');
    expect(conditionInSentence('Lupus (systemic lupus erythematosus)')).toBe('lupus');
    expect(conditionInSentence("Crohn's disease")).toBe("Crohn's disease");
    expect(conditionInSentence('HIV')).toBe('HIV');
    expect(conditionInSentence('Chronic obstructive pulmonary disease (COPD)')).toBe('chronic obstructive pulmonary disease');
    expect(treatmentInSentence('Steroids (such as prednisolone)')).toBe('steroids');
    expect(treatmentInSentence('Other SSRIs and SNRIs (for example escitalopram)')).toBe('SSRIs and SNRIs');
    expect(treatmentInSentence('ACE inhibitors (such as ramipril) and ARBs')).toBe('ACE inhibitors and ARBs');
  });

  it('capitalises and clips without breaking words', () => {
    expect(capitalise('¿qué tal?')).toBe('¿Qué tal?');
    const clipped = clip('one two three four five six seven', 20);
    expect(clipped.length).toBeLessThanOrEqual(20);
    expect(clipped.endsWith('…')).toBe(true);
    expect(clip('short', 20)).toBe('short');
  });
});
