import { describe, expect, it } from 'vitest';
import { detectNeeds, isAnyoneElse, isGroupQuestion, isHostile, isMedicalQuestion, looksLikeClaim } from './messageSignals';

describe('message signals', () => {
  it('reads support needs', () => {
    expect(detectNeeds('I feel so alone with this')).toContain('emotional');
    expect(detectNeeds('Is it normal to be this tired?')).toContain('appraisal');
    expect(detectNeeds('How do I tell my boss?')).toContain('instrumental');
    expect(detectNeeds('Has anyone tried metformin? What are the side effects?')).toContain('informational');
    expect(detectNeeds('¿Es normal estar tan cansada?')).toContain('appraisal');
    expect(detectNeeds('hmm')).toEqual(['emotional', 'appraisal']);
  });
  it('spots medical questions for the care team, not experience questions', () => {
    expect(isMedicalQuestion('Should I stop my metformin?')).toBe(true);
    expect(isMedicalQuestion('is it safe to drink on methotrexate')).toBe(true);
    expect(isMedicalQuestion('How much insulin should I take before dinner?')).toBe(true);
    expect(isMedicalQuestion('¿Debo dejar la prednisona?')).toBe(true);
    expect(isMedicalQuestion('What do my results mean?')).toBe(true);
    expect(isMedicalQuestion('Did metformin upset anyone else’s stomach?')).toBe(false);
    expect(isMedicalQuestion('I feel tired all the time')).toBe(false);
  });
  it('spots confident claims that may be misinformation', () => {
    expect(looksLikeClaim('My aunt says diabetes is curable with cinnamon')).toBe(true);
    expect(looksLikeClaim('You can stop insulin once you feel better')).toBe(true);
    expect(looksLikeClaim('Lupus is contagious right?')).toBe(true);
    expect(looksLikeClaim('I had a good day today')).toBe(false);
  });
  it('spots hostility, anyone-else and group questions', () => {
    expect(isHostile('shut up, you are all fake')).toBe(true);
    expect(isHostile('I hate this disease')).toBe(false);
    expect(isAnyoneElse('Anyone else?')).toBe(true);
    expect(isAnyoneElse('¿Alguien más?')).toBe(true);
    expect(isGroupQuestion('Has anyone had this?')).toBe(true);
    expect(isGroupQuestion('Rosa, how was it?')).toBe(false);
  });
});
