import { describe, expect, it } from 'vitest';
import { decodeEntities, sentences, summaryFacts } from './summaryFacts';

describe('summaryFacts', () => {
  it('keeps a list with the sentence that introduces it, and the heading as the section', () => {
    const html = '<h3>What are the signs?</h3><p>Most people notice nothing at first. Later signs can include:</p><ul><li>Headaches in the morning</li><li>Feeling dizzy.</li></ul><p>A check at the clinic finds it.</p>';
    expect(summaryFacts(html)).toEqual([
      { id: 's1', text: 'Most people notice nothing at first.', section: 'What are the signs?' },
      { id: 's2', text: 'Later signs can include: Headaches in the morning; Feeling dizzy.', section: 'What are the signs?' },
      { id: 's3', text: 'A check at the clinic finds it.', section: 'What are the signs?' },
    ]);
  });

  it('drops inline tags and link targets, keeps their words, and decodes entities', () => {
    const [fact] = summaryFacts('<p>Ask your <a href="https://medlineplus.gov/x.html">health care provider</a> about <b>salt</b> &amp; water&#8217;s role.</p>');
    expect(fact?.text).toBe('Ask your health care provider about salt & water’s role.');
  });

  it('groups short sentences into facts of a few sentences, never longer than the schema allows', () => {
    const para = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} says one plain thing about daily life.`).join(' ');
    const facts = summaryFacts(`<p>${para}</p>`);
    expect(facts.length).toBeGreaterThan(5);
    expect(facts.every((f) => f.text.length <= 480 && f.text.length >= 12)).toBe(true);
    expect(facts.map((f) => f.text).join(' ')).toBe(para);
  });

  it('splits a long list into several facts, each repeating the lead-in', () => {
    const items = Array.from({ length: 40 }, (_, i) => `<li>a fairly long item of the list number ${i + 1}</li>`).join('');
    const facts = summaryFacts(`<p>Things that can help include:</p><ul>${items}</ul>`);
    expect(facts.length).toBeGreaterThan(2);
    expect(facts.every((f) => f.text.startsWith('Things that can help include: ') && f.text.length <= 480)).toBe(true);
  });

  it('does not end a sentence at an abbreviation, and splits Spanish sentences that open with ¿ or ¡', () => {
    expect(sentences('Foods such as nuts, e.g. almonds, help. Dr. Lee agrees. Then stop.')).toEqual(['Foods such as nuts, e.g. almonds, help.', 'Dr. Lee agrees.', 'Then stop.']);
    expect(sentences('Es común. ¿Qué la causa? ¡Nadie lo sabe!')).toEqual(['Es común.', '¿Qué la causa?', '¡Nadie lo sabe!']);
  });

  it('returns nothing for an empty summary and ignores stray markup', () => {
    expect(summaryFacts('<p> </p><ul></ul>')).toEqual([]);
    expect(decodeEntities('5 &lt; 6 &unknown; &#x41;')).toBe('5 < 6 &unknown; A');
  });
});
