import { describe, expect, it } from 'vitest';
import { isDosingFact, mayOffer, namesTreatment, treatmentTerms } from './dosing';
import type { FlatFact } from './flattenPack';

const fact = (text: string, extra: Partial<FlatFact> = {}): FlatFact => ({
  key: 'lupus/x',
  packId: 'lupus',
  packName: 'Lupus',
  origin: 'bundled',
  id: 'x',
  kind: 'self-management',
  text,
  sources: [],
  treatmentId: 'treatment-hydroxychloroquine',
  treatmentName: 'Hydroxychloroquine',
  treatmentClass: 'DMARD (disease-modifying anti-rheumatic drug)',
  ...extra,
});

describe('dosing facts', () => {
  it('knows a fact about how a medicine is taken', () => {
    expect(isDosingFact(fact('The NHS says hydroxychloroquine tablets are swallowed whole with a meal or a glass of milk.'))).toBe(true);
    expect(isDosingFact(fact('The NHS suggests taking prednisolone once a day in the morning.'))).toBe(true);
    expect(isDosingFact(fact('Stopping prednisolone suddenly can cause withdrawal problems.'))).toBe(true);
    expect(isDosingFact(fact('Se toma con la comida, una vez al día.'))).toBe(true);
  });

  it('leaves other facts alone, and facts not tied to a treatment', () => {
    expect(isDosingFact(fact('The NHS notes that hydroxychloroquine takes several weeks to start working.'))).toBe(false);
    expect(isDosingFact(fact('Extreme tiredness that does not lift however much a person rests.', { kind: 'experience', treatmentId: undefined }))).toBe(false);
    expect(isDosingFact(fact('Keep your tablets in a daily pill box.', { kind: 'life', treatmentId: undefined }))).toBe(false);
  });

  it('hears the medicine named, by name, by a name in brackets, by its kind or acronym', () => {
    const steroid = { treatmentName: 'Steroids (such as prednisolone)', treatmentClass: 'corticosteroid' };
    expect(treatmentTerms(steroid)).toEqual(expect.arrayContaining(['steroids', 'prednisolone', 'corticosteroid']));
    expect(namesTreatment('do you take your prednisone in the morning?', steroid)).toBe(true);
    expect(namesTreatment('my steroid makes me hungry', steroid)).toBe(true);
    expect(namesTreatment('I am so tired all the time', steroid)).toBe(false);
    expect(namesTreatment('how do you remember your ART every day?', { treatmentName: 'Antiretroviral therapy (ART)', treatmentClass: 'antiretroviral medicines (daily tablets)' })).toBe(true);
    expect(namesTreatment('I forget my tablets', { treatmentName: 'Antiretroviral therapy (ART)', treatmentClass: 'antiretroviral medicines (daily tablets)' })).toBe(false);
  });

  it('offers a dosing fact only after its medicine was named', () => {
    const withFood = fact('Hydroxychloroquine tablets are swallowed whole with a meal, at the same time each day.');
    expect(mayOffer(withFood, 'the fatigue is crushing me')).toBe(false);
    expect(mayOffer(withFood, 'does anyone take hydroxychloroquine with food?')).toBe(true);
    expect(mayOffer(fact('It takes weeks to start working.'), 'the fatigue is crushing me')).toBe(true);
  });
});
