import { describe, expect, it } from 'vitest';
import { ADVICE_REDIRECT_VARIANTS, adviceRedirect } from './adviceRedirect';
import { checkAdvice } from './adviceGuard';
import { loadSafetySync } from './loadSafetySync';

// The learned models, as the renderer has them once loadSafety() resolves.
loadSafetySync();

describe('adviceRedirect', () => {
  it('has several variants that do not repeat back to back', () => {
    expect(ADVICE_REDIRECT_VARIANTS).toBeGreaterThanOrEqual(3);
    for (let turn = 0; turn < 10; turn++) expect(adviceRedirect('en', turn)).not.toBe(adviceRedirect('en', turn + 1));
  });

  it('cycles for any turn number, including negative and fractional ones', () => {
    expect(adviceRedirect('en', ADVICE_REDIRECT_VARIANTS)).toBe(adviceRedirect('en', 0));
    expect(adviceRedirect('en', -1)).toBe(adviceRedirect('en', ADVICE_REDIRECT_VARIANTS - 1));
    expect(adviceRedirect('es', 2.7)).toBe(adviceRedirect('es', 2));
  });

  it('points to the care team in both languages and is never advice itself', () => {
    for (let turn = 0; turn < ADVICE_REDIRECT_VARIANTS; turn++) {
      const en = adviceRedirect('en', turn);
      const es = adviceRedirect('es', turn);
      expect(en).toMatch(/care team|doctor|pharmacist/);
      expect(es).toMatch(/equipo médico|médico|farmacéutico/);
      for (const sentence of `${en} ${es}`.split(/(?<=[.?!])\s+/)) expect(checkAdvice(sentence).advice, sentence).toBe(false);
    }
  });
});
