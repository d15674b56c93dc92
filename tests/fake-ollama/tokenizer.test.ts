import { describe, expect, it } from 'vitest';
import { countTokens, tokenize, Vocabulary } from './tokenizer';

describe('tokenizer', () => {
  it('splits words with their leading space, punctuation and template markers, losslessly', () => {
    const text = '<|user|>\nI was diagnosed last month, with lupus.<|end|>\n';
    const pieces = tokenize(text);
    expect(pieces.join('')).toBe(text);
    expect(pieces.slice(0, 4)).toEqual(['<|user|>', '\n', 'I', ' was']);
    expect(pieces).toContain(',');
    expect(pieces).toContain('<|end|>');
  });

  it('splits long words into sub-word pieces and keeps extra whitespace', () => {
    expect(tokenize('hydroxychloroquine')).toEqual(['hydroxyc', 'hloroqui', 'ne']);
    expect(tokenize('a  b')).toEqual(['a', ' ', ' b']);
    expect(countTokens('')).toBe(0);
  });

  it('is deterministic and round-trips ids through a vocabulary', () => {
    const vocab = new Vocabulary();
    const pieces = tokenize('Same text, same tokens.');
    const ids = vocab.encode(pieces);
    expect(vocab.encode(tokenize('Same text, same tokens.'))).toEqual(ids);
    expect(vocab.decode(ids).join('')).toBe('Same text, same tokens.');
    expect(vocab.decode([99_999])).toEqual([]);
  });
});
