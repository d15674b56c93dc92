import { describe, expect, it } from 'vitest';
import { SentenceBuffer } from './sentenceBuffer';

/** Streams text in small uneven chunks, as a model does. */
function stream(text: string, size = 3): string[] {
  const buffer = new SentenceBuffer();
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(...buffer.push(text.slice(i, i + size)));
  return [...out, ...buffer.flush()];
}

describe('SentenceBuffer', () => {
  it('splits on sentence ends across chunk boundaries', () => {
    expect(stream('I hear you. That sounds hard! Did it help?')).toEqual(['I hear you.', 'That sounds hard!', 'Did it help?']);
  });
  it('does not split decimals, abbreviations or initials', () => {
    expect(stream('I take 2.5 mg daily. Dr. Patel said e.g. walks help. Rosa M. agreed.')).toEqual([
      'I take 2.5 mg daily.',
      'Dr. Patel said e.g. walks help.',
      'Rosa M. agreed.',
    ]);
  });
  it('keeps a citation marker with its sentence', () => {
    expect(stream('Taking it with food helps some people [2]. It did for me.')).toEqual([
      'Taking it with food helps some people [2].',
      'It did for me.',
    ]);
    expect(stream('Many people feel tired. [1] Me too.')).toEqual(['Many people feel tired. [1]', 'Me too.']);
  });
  it('treats a line break as a boundary and ignores blank lines', () => {
    expect(stream('First thought\n\nSecond thought.')).toEqual(['First thought', 'Second thought.']);
  });
  it('holds an unfinished sentence until more arrives or the stream ends', () => {
    const b = new SentenceBuffer();
    expect(b.push('Not done yet')).toEqual([]);
    expect(b.remainder).toBe('Not done yet');
    expect(b.push('. And more')).toEqual(['Not done yet.']);
    expect(b.flush()).toEqual(['And more']);
  });
  it('does not end a sentence at a trailing period until it knows what follows', () => {
    const b = new SentenceBuffer();
    expect(b.push('I use 2.')).toEqual([]);
    expect(b.push('5 units.')).toEqual([]);
    expect(b.flush()).toEqual(['I use 2.5 units.']);
  });
  it('handles Spanish punctuation', () => {
    expect(stream('¡Qué bien! ¿Te ayudó? La Dra. López lo dijo.')).toEqual(['¡Qué bien!', '¿Te ayudó?', 'La Dra. López lo dijo.']);
  });
  it('returns nothing for whitespace', () => {
    expect(stream('   \n  ')).toEqual([]);
  });
});
