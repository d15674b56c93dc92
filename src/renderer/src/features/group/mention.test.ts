import { describe, expect, it } from 'vitest';
import { applyMention, matchNames, mentionQuery } from './mention';

describe('@-mentions', () => {
  it('finds the @-word before the caret', () => {
    expect(mentionQuery('hi @Ro', 6)).toEqual({ start: 3, query: 'Ro' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('email@x', 7)).toBeNull();
    expect(mentionQuery('hi there', 8)).toBeNull();
  });
  it('inserts the first name and moves the caret after it', () => {
    expect(applyMention('thanks @ro and', 10, 'Rosa M.')).toEqual({ text: 'thanks @Rosa  and', caret: 13 });
  });
  it('matches names by prefix, ignoring case and accents', () => {
    expect(matchNames(['Rosa M.', 'José P.', 'Dee K.'], 'jo')).toEqual(['José P.']);
    expect(matchNames(['Rosa M.', 'José P.'], '')).toEqual(['Rosa M.', 'José P.']);
  });
});
