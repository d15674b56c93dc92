import { describe, expect, it } from 'vitest';
import { afterMisreadWords, afterNoAnswerWords, afterNoWords, askAgainWords, askQuickReplies, askWords, readAskAnswer } from './askScript';
import { AskAbout } from './gateResponse';

describe('the direct question', () => {
  it('names what it asks about, in plain words, in both languages', () => {
    expect(askWords('self-harm', 'en')).toMatch(/ending your life, or of hurting yourself\?/);
    expect(askWords('overdose', 'en')).toMatch(/more of a medicine than you were prescribed/);
    expect(askWords('emergency', 'en')).toMatch(/happening right now\?/);
    expect(askWords('self-harm', 'es')).toMatch(/quitarte la vida o en hacerte daño\?/);
    expect(askWords('overdose', 'es')).toMatch(/más de un medicamento de lo que te recetaron/);
    expect(askWords('emergency', 'es')).toMatch(/ahora mismo\?/);
    expect(askWords('abuse', 'en')).toMatch(/is someone hurting you, threatening you, or making you afraid\?/);
    expect(askWords('harm-to-others', 'en')).toMatch(/thoughts of hurting someone\?/);
    expect(askWords('abuse', 'es')).toMatch(/alguien te está haciendo daño, te amenaza o te da miedo\?/);
    expect(askWords('harm-to-others', 'es')).toMatch(/hacerle daño a alguien\?/);
  });

  it('follows safe-messaging guidance: no method words, never "commit", help in view, the others wait', () => {
    for (const language of ['en', 'es'] as const) {
      for (const about of AskAbout.options) {
        for (const text of [askWords(about, language), askAgainWords(about, language)]) {
          expect(text).not.toMatch(/commit|cometer|pills|pastillas|rope|cuerda|knife|cuchillo|bridge|puente|overdose on/i);
          expect(text.length).toBeLessThan(360);
        }
        expect(askWords(about, language)).toMatch(/Get help now|Pedir ayuda ahora/);
        expect(askWords(about, language)).toMatch(/Everyone here will wait|Aquí todos esperarán/);
      }
      for (const text of [afterNoWords(language), afterNoAnswerWords(language), afterMisreadWords(language)]) expect(text).toMatch(/we're (?:still )?here|seguimos|aquí estamos/i);
    }
  });
});

describe('reading the answer', () => {
  it('reads the quick replies exactly as the buttons send them', () => {
    for (const language of ['en', 'es'] as const) {
      const q = askQuickReplies(language);
      expect([readAskAnswer(q.yes), readAskAnswer(q.no), readAskAnswer(q.decline)]).toEqual(['yes', 'no', 'decline']);
    }
  });

  it.each([
    ['yes', 'yes'],
    ['Yeah, sometimes.', 'yes'],
    ['maybe', 'yes'],
    ['a little', 'yes'],
    ["I don't know", 'yes'],
    ['no sé', 'yes'],
    ['No... but sometimes I wish I could just stop', 'yes'],
    ['sí, la verdad', 'yes'],
    ['a veces', 'yes'],
    ['No', 'no'],
    ["no, I'm okay, just tired of the fatigue", 'no'],
    ["I'm fine, honestly", 'no'],
    ['Nope, I took my normal dose', 'no'],
    ['no, estoy bien', 'no'],
    ['para nada', 'no'],
    ["I'd rather not say", 'decline'],
    ["I don't want to talk about it", 'decline'],
    ['prefiero no decirlo', 'decline'],
    ['not really', 'unclear'],
    ['what time is the next session?', 'unclear'],
    ['', 'unclear'],
  ])('%j reads as %s', (text, expected) => {
    expect(readAskAnswer(text)).toBe(expected);
  });
});

describe('words that fit a one-to-one buddy chat as well as a group', () => {
  it('no scripted safety line names "the group" or "the others" (a buddy chat has neither)', () => {
    for (const language of ['en', 'es'] as const) {
      const lines = [
        ...AskAbout.options.flatMap((about) => [askWords(about, language), askAgainWords(about, language)]),
        afterNoWords(language),
        afterNoAnswerWords(language),
        afterMisreadWords(language),
      ];
      for (const line of lines) expect(line).not.toMatch(/\bthe group\b|\bthe others\b|\bel grupo\b|\blos demás\b/i);
    }
  });
});
