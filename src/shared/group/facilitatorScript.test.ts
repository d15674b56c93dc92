import { describe, expect, it } from 'vitest';
import { aiReminderWords, correctionWords, medicalRedirectWords, openingWords, silenceWords } from './facilitatorScript';
import { fact } from '@tests/support/groupFixtures';

describe('facilitator script', () => {
  it('opens with a check-in, the AI disclosure and the no-advice frame, in both languages', () => {
    for (const language of ['en', 'es'] as const) {
      for (let seed = 0; seed < 5; seed++) {
        const text = openingWords({ language, facilitatorName: 'Jo B.', facilitatorCondition: 'asthma', topic: 'open', seed });
        expect(text).toMatch(/Jo/);
        expect(text).toMatch(/AI|IA/);
        expect(text).toMatch(/\?/);
      }
    }
    expect(openingWords({ language: 'en', facilitatorName: 'Jo', facilitatorCondition: 'asthma', topic: 'work', seed: 1 })).toMatch(/talk about work/);
  });
  it('opens a one-to-one chat on the two of them: the buddy named, no group, no "everyone", the AI disclosure kept', () => {
    for (const language of ['en', 'es'] as const) {
      for (let seed = 0; seed < 4; seed++) {
        const text = openingWords({ language, facilitatorName: 'Jo B.', facilitatorCondition: 'asthma', topic: 'work', seed, buddyName: 'Rosa M.' });
        expect(text).toMatch(/Rosa/);
        expect(text).not.toMatch(/Rosa M\./);
        expect(text).toMatch(/AI-generated|generados por IA/);
        expect(text).not.toMatch(/everyone|group|todas las personas|grupo|talk about work/i);
        expect(text).toMatch(/one-to-one|just you and Rosa|uno a uno|solo tú y Rosa/);
      }
    }
  });
  it('agrees in gender in Spanish', () => {
    const at = (g: 'woman' | 'man' | 'nonbinary') => openingWords({ language: 'es', facilitatorName: 'Farid K.', facilitatorGender: g, facilitatorCondition: 'asma', topic: 'open', seed: 0 });
    expect(at('man')).toMatch(/yo incluido/);
    expect(at('woman')).toMatch(/yo incluida/);
    expect(at('nonbinary')).toMatch(/incluyéndome/);
  });
  it('redirects medical questions to the care team', () => {
    expect(medicalRedirectWords('en', 3)).toMatch(/doctor|pharmacist/);
    expect(medicalRedirectWords('es', 3)).toMatch(/médico|farmac/);
    // In a one-to-one chat there are no "others": the buddy shares.
    expect(medicalRedirectWords('en', 3, 'Rosa M.')).toMatch(/doctor[\s\S]*Rosa can share/);
    expect(medicalRedirectWords('en', 3, 'Rosa M.')).not.toMatch(/others/i);
    expect(medicalRedirectWords('es', 3, 'Rosa M.')).toMatch(/Rosa puede contarte/);
  });
  it('corrects with the pack’s own words and a citation marker', () => {
    const text = correctionWords('en', fact('lifelong', 'Type 2 diabetes is a lifelong condition'));
    expect(text).toMatch(/NHS says: Type 2 diabetes is a lifelong condition\. \[1\]$/);
  });
  it('reminds that members are AI-generated', () => {
    expect(aiReminderWords('en')).toMatch(/AI-generated/);
    expect(aiReminderWords('es')).toMatch(/generadas por IA/);
  });
  it('speaks of the two of them in a one-to-one chat: no group, no "us", no "everyone"', () => {
    for (const language of ['en', 'es'] as const) {
      const words = [aiReminderWords(language, 'Rosa M.'), silenceWords(language, 1, 'Rosa M.'), openingWords({ language, facilitatorName: 'Sam K.', facilitatorCondition: 'lupus', topic: 'open', seed: 1, buddyName: 'Rosa M.' })];
      for (const text of words) {
        expect(text).toMatch(/Rosa/);
        expect(text).not.toMatch(/\b(group|grupo|everyone|us|todas las personas|cuéntanos)\b/i);
      }
    }
  });
});
