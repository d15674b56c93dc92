// A question about changing one's own treatment is for the care team (the facilitator redirects it),
// not an overdose: the rules decide it alone. Acts and grave words still reach help.
import { describe, expect, it } from 'vitest';
import { decideResponse } from './gateResponse';
import { assessCrisis } from './assessCrisis';
import { loadSafetySync } from './loadSafetySync';
import { isTreatmentQuestion } from './concepts/crisisReading';

loadSafetySync();
const response = (text: string, recent: readonly string[] = []) => decideResponse(assessCrisis(text, { recent })).response;

describe('questions about one’s own treatment', () => {
  it.each([
    'Should I double my methotrexate?',
    'Should I double my methotrexate dose?',
    'Should I stop taking methotrexate?',
    'can I take more ibuprofen if the pain is bad?',
    '¿Debería duplicar mi metotrexato?',
    '¿Puedo dejar la prednisona?',
  ])('stays with the group (the facilitator redirects it): %s', (text) => {
    expect(isTreatmentQuestion(text)).toBe(true);
    expect(response(text)).toBe('group');
  });

  it.each([
    ['Should I just take all my pills tonight?', 'panel'],
    ['I doubled my methotrexate by mistake and I feel awful', 'panel'],
  ])('an act, or a question carrying one, still reaches help: %s', (text, expected) => {
    expect(response(text)).toBe(expected);
  });

  it('a question that names death is not a treatment question', () => {
    expect(isTreatmentQuestion('should I stop my insulin so I can finally die?')).toBe(false);
    expect(response('should I stop my insulin so I can finally die?')).not.toBe('group');
  });
});
