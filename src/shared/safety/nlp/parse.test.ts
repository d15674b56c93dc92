import { describe, expect, it } from 'vitest';
import { normalizeText } from '../normalize';
import { parseText } from './parse';

const parse = (text: string): ReturnType<typeof parseText> => parseText(normalizeText(text));
const clauseOf = (text: string, word: string): ReturnType<typeof parseText>['clauses'][number] | undefined => {
  const p = parse(text);
  const token = p.tokens.find((t) => t.text === word);
  return token ? p.clauses[token.clause] : undefined;
};

describe('parseText', () => {
  it('scopes a negation to its own clause: "I didn\'t do it. But I wanted to."', () => {
    const p = parse("I didn't do it. But I wanted to.");
    expect(p.tokens.find((t) => t.text === 'do')?.negated).toBe(true);
    expect(p.tokens.find((t) => t.text === 'wanted')?.negated).toBe(false);
  });

  it('keeps long-ago time in its own clause: "I had a stroke 5 years ago, the signs were…"', () => {
    expect(clauseOf('I had a stroke 5 years ago, my face is drooping now', 'stroke')?.longAgo).toBe(true);
    expect(clauseOf('I had a stroke 5 years ago, my face is drooping now', 'drooping')?.longAgo).toBe(false);
  });

  it('reads whose clause it is and reported speech', () => {
    expect(clauseOf('my sister said she wants to die', 'said')?.subject).toBe('other');
    expect(clauseOf('i want to die', 'want')?.subject).toBe('self');
  });

  it('marks hypotheticals and questions', () => {
    expect(clauseOf('if fatigue were an olympic sport i would win', 'fatigue')?.hypothetical).toBe(true);
    expect(clauseOf('how do i know if my mum is having a stroke?', 'know')?.question).toBe(true);
  });

  it('negates Spanish clauses after "no"', () => {
    const p = parse('no quiero despertar mañana');
    expect(p.tokens.find((t) => t.text === 'despertar')?.negated).toBe(true);
  });

  it('handles empty and very long text', () => {
    expect(parse('').tokens).toEqual([]);
    expect(parse('word '.repeat(3000)).tokens.length).toBe(3000);
  });
});
