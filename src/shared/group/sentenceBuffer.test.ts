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
  it('treats a paragraph break or a break after punctuation as a boundary and ignores blank lines', () => {
    expect(stream('First thought\n\nSecond thought.')).toEqual(['First thought', 'Second thought.']);
    expect(stream('First thought.\nSecond thought.')).toEqual(['First thought.', 'Second thought.']);
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
  it('keeps an ellipsis pause or a mid-clause line break inside the sentence, so the guard sees it whole', () => {
    expect(stream('You should stop… your metformin for a week. Okay?')).toEqual(['You should stop… your metformin for a week.', 'Okay?']);
    expect(stream('Deberías dejar... la metformina unos días.')).toEqual(['Deberías dejar... la metformina unos días.']);
    expect(stream('You should double your\ninsulin tonight.')).toEqual(['You should double your\ninsulin tonight.']);
    expect(stream('It was hard... Then it got better.')).toEqual(['It was hard...', 'Then it got better.']);
  });
  it('ends sentences after "no", one-letter words and years', () => {
    expect(stream('I told him no. He left.')).toEqual(['I told him no.', 'He left.']);
    expect(stream('So did I. It was hard.')).toEqual(['So did I.', 'It was hard.']);
    expect(stream('Creo que no. Mi médico dijo que sí.')).toEqual(['Creo que no.', 'Mi médico dijo que sí.']);
    expect(stream('I was diagnosed in 2015. 3 years later it eased.')).toEqual(['I was diagnosed in 2015.', '3 years later it eased.']);
    expect(stream('Room no. 4 was mine.')).toEqual(['Room no. 4 was mine.']);
  });
  it('handles Spanish punctuation', () => {
    expect(stream('¡Qué bien! ¿Te ayudó? La Dra. López lo dijo.')).toEqual(['¡Qué bien!', '¿Te ayudó?', 'La Dra. López lo dijo.']);
  });
  it('returns nothing for whitespace', () => {
    expect(stream('   \n  ')).toEqual([]);
  });
});
