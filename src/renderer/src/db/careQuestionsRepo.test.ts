import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '@tests/support/renderer/testDatabase';

const clock = () => {
  let t = 1000;
  return () => (t += 10);
};

describe('CareQuestionsRepo', () => {
  it('adds questions in order, folds whitespace, caps the length and ignores empty text', async () => {
    const r = openTestDatabase(clock()).careQuestions;
    await r.add({ text: '  Is the   tiredness from the lupus or the pills?\n', origin: 'redirect', groupId: 'g1', sourceMessageId: 'm1' });
    await r.add({ text: 'x'.repeat(5000), origin: 'typed' });
    expect(await r.add({ text: '   ', origin: 'typed' })).toBeUndefined();
    const list = await r.list();
    expect(list.map((q) => [q.text.slice(0, 20), q.origin, q.status])).toEqual([
      ['Is the tiredness fro', 'redirect', 'open'],
      ['xxxxxxxxxxxxxxxxxxxx', 'typed', 'open'],
    ]);
    expect(list[1]!.text).toHaveLength(1000);
    expect(list[0]).toMatchObject({ groupId: 'g1', sourceMessageId: 'm1' });
  });

  it('does not add the same open question twice (same message, or the same words)', async () => {
    const r = openTestDatabase(clock()).careQuestions;
    const first = await r.add({ text: 'Can I drive after a seizure?', origin: 'redirect', sourceMessageId: 'm7' });
    const again = await r.add({ text: 'Can I drive after a seizure?', origin: 'message', sourceMessageId: 'm7' });
    const typed = await r.add({ text: 'Can I drive after a seizure?', origin: 'typed' });
    expect(again?.id).toBe(first?.id);
    expect(typed?.id).toBe(first?.id);
    expect(await r.list()).toHaveLength(1);
  });

  it('moves questions up and down, and not past either end', async () => {
    const r = openTestDatabase(clock()).careQuestions;
    const a = await r.add({ text: 'A', origin: 'typed' });
    const b = await r.add({ text: 'B', origin: 'typed' });
    const c = await r.add({ text: 'C', origin: 'typed' });
    await r.move(c!.id, -1);
    expect((await r.list()).map((q) => q.text)).toEqual(['A', 'C', 'B']);
    await r.move(c!.id, -1);
    await r.move(c!.id, -1);
    expect((await r.list()).map((q) => q.text)).toEqual(['C', 'A', 'B']);
    await r.move(b!.id, 1);
    await r.move(a!.id, 1);
    expect((await r.list()).map((q) => q.text)).toEqual(['C', 'B', 'A']);
  });

  it('marks a question asked with the answer, puts it back, edits and removes', async () => {
    const r = openTestDatabase(clock()).careQuestions;
    const q = await r.add({ text: 'Do I need a flu jab?', origin: 'close' });
    await r.markAsked(q!.id, '  Yes, every autumn. ');
    expect((await r.list())[0]).toMatchObject({ status: 'asked', answerNote: 'Yes, every autumn.', askedAt: expect.any(Number) });
    await r.reopen(q!.id);
    await r.edit(q!.id, 'Do I need a flu jab this year?');
    expect((await r.list())[0]).toMatchObject({ status: 'open', text: 'Do I need a flu jab this year?', answerNote: 'Yes, every autumn.' });
    await r.markAsked(q!.id, '');
    expect((await r.list())[0]?.answerNote).toBeUndefined();
    await r.edit(q!.id, '   ');
    expect((await r.list())[0]?.text).toBe('Do I need a flu jab this year?');
    await r.remove(q!.id);
    expect(await r.list()).toEqual([]);
  });

  it('moves a question only past questions with the same status (the screen lists open and asked apart)', async () => {
    const r = openTestDatabase(clock()).careQuestions;
    await r.add({ text: 'A', origin: 'typed' });
    const b = await r.add({ text: 'B', origin: 'typed' });
    const c = await r.add({ text: 'C', origin: 'typed' });
    await r.markAsked(b!.id, '');
    await r.move(c!.id, -1);
    const open = (await r.list()).filter((q) => q.status === 'open').map((q) => q.text);
    // One step up past the asked B lands C above A, not merely above B.
    expect(open).toEqual(['C', 'A']);
    await r.move(b!.id, 1);
    await r.move(b!.id, -1);
    expect((await r.list()).map((q) => q.text)).toEqual(['C', 'B', 'A']);
  });

  it('restores a removed question exactly as it was (Undo)', async () => {
    const r = openTestDatabase(clock()).careQuestions;
    await r.add({ text: 'First', origin: 'typed' });
    const q = await r.add({ text: 'Second', origin: 'redirect', groupId: 'g1', sourceMessageId: 'm1' });
    await r.markAsked(q!.id, 'Not yet');
    const before = await r.list();
    await r.remove(q!.id);
    expect(await r.list()).toHaveLength(1);
    await r.restore(before[1]!);
    expect(await r.list()).toEqual(before);
  });
});
