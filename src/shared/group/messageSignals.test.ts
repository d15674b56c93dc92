import { describe, expect, it } from 'vitest';
import { isMedicalQuestion } from '../safety/medicalQuestion';
import { detectNeeds, isAnyoneElse, isGroupQuestion, isHostile, looksLikeClaim } from './messageSignals';

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
    for (const everyday of ['Should I take a nap?', 'Can I start by saying thanks?', 'Should I change jobs?', '¿Puedo tomar un descanso?', '¿Debo cambiar de trabajo?', 'Can I drink some water first?']) {
      expect(isMedicalQuestion(everyday), everyday).toBe(false);
    }
    expect(isMedicalQuestion('Can I drink alcohol on methotrexate?')).toBe(true);
    expect(isMedicalQuestion('Should I take 20 mg tonight?')).toBe(true);
  });
  it('spots confident claims that may be misinformation', () => {
    expect(looksLikeClaim('My aunt says diabetes is curable with cinnamon')).toBe(true);
    expect(looksLikeClaim('You can stop insulin once you feel better')).toBe(true);
    expect(looksLikeClaim('Lupus is contagious right?')).toBe(true);
    expect(looksLikeClaim('I had a good day today')).toBe(false);
    for (const notClaim of ['Is there a cure?', 'My friend says there is no cure', 'I wish this would go away forever']) expect(looksLikeClaim(notClaim), notClaim).toBe(false);
  });
  it('spots hostility, anyone-else and group questions', () => {
    expect(isHostile('shut up, you are all fake')).toBe(true);
    expect(isHostile('I hate this disease')).toBe(false);
    for (const notHostile of ['I felt like an idiot at the pharmacy', 'My mum told me to shut up about it', 'I was so stupid to skip lunch']) expect(isHostile(notHostile), notHostile).toBe(false);
    expect(isHostile("You're all fake")).toBe(true);
    expect(isHostile('Shut up. Nobody cares.')).toBe(true);
    expect(isAnyoneElse('Anyone else?')).toBe(true);
    expect(isAnyoneElse('¿Alguien más?')).toBe(true);
    expect(isGroupQuestion('Has anyone had this?')).toBe(true);
    expect(isGroupQuestion('Rosa, how was it?')).toBe(false);
  });
});
