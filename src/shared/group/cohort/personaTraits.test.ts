import { describe, expect, it } from 'vitest';
import { COPING_STYLES, FACILITATOR_COPING, FACILITATOR_VOICES, traitWeight, VOICES } from './personaTraits';
import { fill } from './text';

const banks = { COPING_STYLES, VOICES, FACILITATOR_VOICES, FACILITATOR_COPING };

describe('persona traits', () => {
  it('has unique ids across all banks', () => {
    const ids = Object.values(banks).flat().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has enough variety for a group of six to differ', () => {
    expect(COPING_STYLES.length).toBeGreaterThanOrEqual(12);
    expect(VOICES.length).toBeGreaterThanOrEqual(12);
  });

  it('fills in both languages for every gender, within the persona schema’s 200 characters', () => {
    for (const [name, bank] of Object.entries(banks)) {
      for (const trait of bank) {
        for (const language of ['en', 'es'] as const) {
          for (const gender of ['woman', 'man', 'nonbinary'] as const) {
            const text = fill(trait[language], gender);
            expect(text, `${name}/${trait.id}`).not.toMatch(/[{}]/);
            expect(text.length).toBeLessThanOrEqual(200);
            expect(text.length).toBeGreaterThan(5);
          }
        }
      }
    }
  });

  it('weights traits that suit a role three times as much', () => {
    const gentle = VOICES.find((v) => v.id === 'gentle-asks');
    expect(gentle && traitWeight(gentle, 'ally')).toBe(3);
    expect(gentle && traitWeight(gentle, 'veteran')).toBe(1);
  });
});
