// The session engine over the app's real repositories (Dexie on fake-indexeddb): the group's pause
// is on the group record, marked messages keep their mark, and a misread takes back exactly the
// crisis this group recorded.
import { afterEach, describe, expect, it } from 'vitest';
import { GroupSession } from '@shared/group/session/groupSession';
import { cast } from '@tests/support/groupFixtures';
import { judged } from '@tests/fake-ollama';
import { startAppOverFake, type AppOverFake } from '@tests/support/appOverFake';
import { testSafety } from '@tests/support/sessionRig';
import { openTestDatabase } from '@tests/support/renderer/testDatabase';
import type { Repositories } from '@renderer/db/repositories';
import { repositoryStore } from './repositoryStore';

const apps: AppOverFake[] = [];
afterEach(async () => {
  while (apps.length) await apps.pop()!.close();
});

async function open(repos: Repositories, app: AppOverFake, groupId: string, language: 'en' | 'es' = 'en') {
  const group = (await repos.groups.get(groupId))!;
  return new GroupSession(group, await repos.groups.members(groupId), {
    store: repositoryStore(repos),
    chat: app.api.llm.chat,
    safety: testSafety,
    retrieve: () => [],
    events: { typing: () => {}, crisis: () => {}, failure: () => {} },
    model: 'llama3.2:3b',
    numCtx: 4096,
    language,
    userLabel: language === 'es' ? 'Nuevo miembro' : 'New member',
    msPerChar: 0,
  });
}

describe('the session over the Dexie repositories', () => {
  it('a paused group is paused in the database: reopening (in another language) finds it paused, and one resume opens it', async () => {
    const app = await startAppOverFake({ reply: judged({ reply: () => 'I hear you.' }) });
    apps.push(app);
    const repos = openTestDatabase();
    const { group } = await repos.groups.create({ id: 'g-1', title: 'T2D', format: 'condition', conditionId: 'type-2-diabetes', conditionLabel: 'Type 2 diabetes', seed: 3, topic: 'open', unsourced: false }, cast);
    const first = await open(repos, app, group.id);
    await first.send('I want to end my life tonight');
    expect((await repos.groups.get(group.id))?.safety).toMatchObject({ state: 'paused', categories: ['suicide'] });
    const [marked] = await repos.messages.all(group.id);
    expect(marked?.safety).toMatchObject({ response: 'panel' });
    expect(await repos.singletons.crisisState()).toMatchObject({ active: true });

    const reopened = await open(repos, app, group.id, 'es');
    expect(reopened.paused).toBe(true);
    await reopened.resume();
    expect((await repos.groups.get(group.id))?.safety?.state).toBe('open');
    // The banner stays after a return (only "That's not what I meant" takes it back).
    expect(await repos.singletons.crisisState()).toMatchObject({ active: true });
  });

  it('"That’s not what I meant" dismisses the crisis this group recorded, and no other', async () => {
    const app = await startAppOverFake({ reply: judged({ reply: () => 'I hear you.' }) });
    apps.push(app);
    const repos = openTestDatabase();
    const { group } = await repos.groups.create({ id: 'g-2', title: 'T2D', format: 'condition', conditionId: 'type-2-diabetes', conditionLabel: 'Type 2 diabetes', seed: 3, topic: 'open', unsourced: false }, cast);
    const session = await open(repos, app, group.id);
    await session.send('I took all my pills and I still feel wiped out.');
    await session.misread();
    expect(await repos.singletons.crisisState()).toMatchObject({ active: false });
    expect((await repos.messages.all(group.id))[0]?.safety).toMatchObject({ misread: true });

    // A crisis recorded later elsewhere is not taken back by an older misread.
    await session.send('I want to end my life tonight');
    await repos.singletons.recordCrisis(['abuse'], Date.now() + 1000);
    await session.misread();
    expect(await repos.singletons.crisisState()).toMatchObject({ active: true });
  });
});
