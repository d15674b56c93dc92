// Pins the three pack facts issue 15 corrected against their sources, so a later edit cannot bring back
// the out-of-date or overstated wording.
import { describe, expect, it } from 'vitest';
import psoriasisJson from '@resources/packs/psoriasis.json';
import sickleCellJson from '@resources/packs/sickle-cell-disease.json';
import ulcerativeColitisJson from '@resources/packs/ulcerative-colitis.json';
import { locateFacts } from './packRules';
import { KnowledgePack } from './packSchema';

/** The text of a pack's fact (organisations and treatment facts included) by id. */
function factText(json: unknown, id: string): string {
  const fact = locateFacts(KnowledgePack.parse(json)).find((f) => f.fact.id === id)?.fact;
  if (!fact || !('text' in fact) || typeof fact.text !== 'string') throw new Error(`no fact '${id}'`);
  return fact.text;
}

describe('facts corrected in issue 15', () => {
  it('sickle cell: a transplant is no longer called the only cure, and the 2023 gene therapies are named', () => {
    const text = factText(sickleCellJson, 'scd-transplant-purpose');
    expect(text).toContain('no longer the only treatment aimed at a cure');
    expect(text).toMatch(/Casgevy/);
    expect(text).toMatch(/Lyfgenia/);
    expect(text).not.toMatch(/the only curative treatment/i);
  });

  it('ulcerative colitis: the severe-flare signs come with the advice to contact the GP or care team', () => {
    const text = factText(ulcerativeColitisJson, 'experience-severe-flare');
    expect(text).toContain('contact their GP or care team');
    expect(text).toMatch(/hospital/);
  });

  it('psoriasis: no absolute US rule on time off; protection depends on the condition counting as a disability', () => {
    const timeOff = factText(psoriasisJson, 'life-us-time-off-treatment');
    expect(timeOff).not.toMatch(/may not refuse/i);
    expect(timeOff).toContain('can be unlawful');
    expect(timeOff).toContain('depend on the psoriasis counting as a disability');
    const laws = factText(psoriasisJson, 'life-us-ada-fmla');
    expect(laws).toContain('points to');
    expect(laws).not.toMatch(/both protect against discrimination/i);
  });
});
