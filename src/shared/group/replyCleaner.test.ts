import { describe, expect, it } from 'vitest';
import { findOtherSpeakerStart, hasRunOn, isMetaSentence, stripSelfPrefix, tidySentence } from './replyCleaner';

const ctx = { speaker: 'Rosa M.', others: ['Dee K.', 'Sam T.', 'Ana P.', 'You'] };

describe('reply cleaner', () => {
  it('strips the speaker repeating their own name as a prefix', () => {
    expect(stripSelfPrefix('Rosa: I know that feeling.', 'Rosa M.')).toBe('I know that feeling.');
    expect(stripSelfPrefix('**Rosa M.:** I know.', 'Rosa M.')).toBe('I know.');
    expect(stripSelfPrefix('Rosa M. (AI): Same here.', 'Rosa M.')).toBe('Same here.');
    expect(stripSelfPrefix('Rosa — yes!', 'Rosa M.')).toBe('yes!');
    expect(stripSelfPrefix('Roses are lovely.', 'Rosa M.')).toBe('Roses are lovely.');
  });
  it('finds where the model starts speaking for someone else', () => {
    const text = 'That happened to me too.\nDee: Same for me!\nSam: me too';
    expect(text.slice(0, findOtherSpeakerStart(text, ctx))).toBe('That happened to me too.');
    expect(findOtherSpeakerStart('**Sam T.**: hi', ctx)).toBe(0);
    expect(findOtherSpeakerStart('You: thanks all', ctx)).toBe(0);
    expect(findOtherSpeakerStart('I told Dee: you are right.', ctx)).toBe(-1);
    expect(findOtherSpeakerStart('Nothing odd here.', ctx)).toBe(-1);
  });
  it('drops frame-breaking sentences', () => {
    expect(isMetaSentence('As an AI language model, I cannot feel.')).toBe(true);
    expect(isMetaSentence('Como IA no puedo opinar.')).toBe(true);
    expect(isMetaSentence('I felt so alone then.')).toBe(false);
  });

  it('catches a member denying being an AI or claiming to be a real person, in English and Spanish', () => {
    for (const s of [
      "I'm not an AI, I'm a real person.",
      'Honestly im not a bot lol',
      'I am actually a real human being, I promise.',
      "I'm human too, you know.",
      "There's a real person here typing this.",
      'No soy una IA, soy una persona real.',
      'Te lo juro, soy humana.',
      'No soy un bot.',
    ]) expect(isMetaSentence(s), s).toBe(true);
    for (const s of [
      'My rheumatologist finally treated me like a real person.',
      'I felt like I was not a human being, just a chart.',
      'Being human is hard some days.',
      'A real person answered the helpline, which helped.',
      'Mi médica me trató como una persona.',
    ]) expect(isMetaSentence(s), s).toBe(false);
  });
  it('tidies markdown and quotes', () => {
    expect(tidySentence('**Honestly**, it was *hard*.')).toBe('Honestly, it was hard.');
    expect(tidySentence('“It gets easier.”')).toBe('It gets easier.');
    expect(tidySentence('- a list item')).toBe('a list item');
  });
  it('stops a run-on reply', () => {
    expect(hasRunOn(5, 100)).toBe(true);
    expect(hasRunOn(2, 800)).toBe(true);
    expect(hasRunOn(2, 200)).toBe(false);
  });
});
