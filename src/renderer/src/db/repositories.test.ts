import { describe, expect, it } from 'vitest';
import { openTestDatabase, testPersona } from '@tests/support/renderer/testDatabase';

const baseGroup = {
  id: 'group-0001',
  title: 'Lupus group',
  format: 'condition' as const,
  conditionId: 'lupus',
  conditionLabel: 'Lupus',
  seed: 7,
  topic: 'open' as const,
  unsourced: false,
};

describe('repositories', () => {
  it('creates a group with its members in one go', async () => {
    const r = openTestDatabase();
    const { group, members } = await r.groups.create(baseGroup, [testPersona(), testPersona({ id: 'p2', name: 'Dee', role: 'veteran' })]);
    expect(group.createdAt).toBeGreaterThan(0);
    expect(members.map((m) => m.order)).toEqual([0, 1]);
    expect((await r.groups.members(group.id)).map((m) => m.persona.name)).toEqual(['Rosa', 'Dee']);
  });

  it('numbers messages in order and lists the latest oldest-first', async () => {
    const r = openTestDatabase();
    await r.groups.create(baseGroup, [testPersona()]);
    for (let i = 0; i < 5; i++) await r.messages.add({ groupId: baseGroup.id, author: { kind: 'user' }, text: `m${i}` });
    const latest = await r.messages.latest(baseGroup.id, 3);
    expect(latest.map((m) => [m.seq, m.text])).toEqual([[2, 'm2'], [3, 'm3'], [4, 'm4']]);
    expect(await r.messages.count(baseGroup.id)).toBe(5);
  });

  it('commits a reply sentence by sentence and merges citations by marker', async () => {
    const r = openTestDatabase();
    await r.groups.create(baseGroup, [testPersona()]);
    const reply = await r.messages.add({ groupId: baseGroup.id, author: { kind: 'member', memberId: 'member-1' }, status: 'streaming' });
    const cite = { marker: 1, factKey: 'lupus/x', title: 'Lupus', publisher: 'CDC', url: 'https://www.cdc.gov/lupus/', origin: 'bundled' as const };
    await r.messages.appendSentence(reply.id, 'First one.', [cite]);
    await r.messages.appendSentence(reply.id, 'Second one [1].', [cite]);
    const saved = await r.messages.get(reply.id);
    expect(saved).toMatchObject({ text: 'First one. Second one [1].', sentenceCount: 2, status: 'streaming' });
    expect(saved?.citations).toHaveLength(1);
  });

  it('marks replies left streaming by a crash as interrupted', async () => {
    const r = openTestDatabase();
    await r.groups.create(baseGroup, [testPersona()]);
    const reply = await r.messages.add({ groupId: baseGroup.id, author: { kind: 'member', memberId: 'm' }, status: 'streaming' });
    await r.messages.appendSentence(reply.id, 'Kept.');
    expect(await r.messages.markStreamingInterrupted()).toBe(1);
    expect(await r.messages.get(reply.id)).toMatchObject({ status: 'interrupted', text: 'Kept.' });
  });

  it('deletes a group and everything in it', async () => {
    const r = openTestDatabase();
    await r.groups.create(baseGroup, [testPersona()]);
    await r.messages.add({ groupId: baseGroup.id, author: { kind: 'user' }, text: 'hello' });
    await r.journal.addNextStep(baseGroup.id, 'call the clinic');
    await r.journal.saveSummary(baseGroup.id, 0, 'summary');
    await r.groups.delete(baseGroup.id);
    expect(await r.db.messages.count()).toBe(0);
    expect(await r.db.members.count()).toBe(0);
    expect(await r.db.nextSteps.count()).toBe(0);
    expect(await r.db.summaries.count()).toBe(0);
    expect(await r.groups.get(baseGroup.id)).toBeUndefined();
  });

  it('keeps crisis state until dismissed, without any text', async () => {
    const r = openTestDatabase();
    expect(await r.singletons.crisisState()).toEqual({ active: false, categories: [] });
    await r.singletons.recordCrisis(['suicide'], 1000);
    await r.singletons.recordCrisis(['self-harm'], 2000);
    expect(await r.singletons.crisisState()).toMatchObject({ active: true, categories: ['suicide', 'self-harm'] });
    await r.singletons.dismissCrisis(3000);
    expect(await r.singletons.crisisState()).toMatchObject({ active: false, dismissedAt: 3000 });
  });

  it('merges settings over defaults', async () => {
    const r = openTestDatabase();
    expect((await r.singletons.settings()).theme).toBe('system');
    await r.singletons.updateSettings({ theme: 'dark', textSize: 150 });
    expect(await r.singletons.settings()).toMatchObject({ theme: 'dark', textSize: 150, notifications: false });
  });

  it('lists active groups newest first and hides groups the user left', async () => {
    let t = 1000;
    const r = openTestDatabase(() => t++);
    await r.groups.create(baseGroup, []);
    await r.groups.create({ ...baseGroup, id: 'group-0002', title: 'Second' }, []);
    expect((await r.groups.active()).map((g) => g.id)).toEqual(['group-0002', 'group-0001']);
    await r.groups.leave('group-0002');
    expect((await r.groups.active()).map((g) => g.id)).toEqual(['group-0001']);
  });
});
