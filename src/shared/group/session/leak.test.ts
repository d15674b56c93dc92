// The leak test: a crisis in the middle of a long session, then ten more turns, regenerate,
// continue, the rolling summary, a buddy chat and a restart. The fake server records every request
// body; none may contain the crisis message's words. The uncertain message that led to the direct
// question may appear in exactly one body: the triage that assessed it.
import { describe, expect, it } from 'vitest';
import type { Group, Member } from '@shared/domain';
import { judged, type ScriptRequest } from '@tests/fake-ollama';
import { startSessionRig, testSafety } from '@tests/support/sessionRig';
import { GroupSession } from './groupSession';

const CRISIS = 'I want to end my life tonight, I have it all planned';
const CRISIS_WORDS = ['end my life', 'all planned'];
const UNSURE = 'everything feels pointless lately and I keep thinking about it';
const PEER = 'I hear you, and thank you for saying it here. Short walks helped me a little on days like that.';

describe('the leak test', () => {
  it('no request body ever contains the crisis message, through ten more turns, regenerate, continue, summary, buddy chat and restart', async () => {
    let dropNext = false;
    const rig = await startSessionRig({
      numCtx: 2600,
      fake: {
        reply: (req: ScriptRequest) =>
          judged({
            reply: (r) => {
              if (r.messages.at(-1)?.content.includes("you keep the group's notes")) return 'The new member talked about tiredness and work. Rosa and Dee shared what helped them.';
              if (dropNext) {
                dropNext = false;
                rig.app.fake.inject({ kind: 'drop-connection', afterTokens: 12 });
              }
              return PEER;
            },
          })(req),
      },
    });
    try {
      const { session } = rig;
      await session.open();
      for (let i = 0; i < 3; i++) await session.send(`Turn ${i}: work has been heavy and I am tired most evenings.`);

      // The crisis, in the middle: the panel, then the person returns.
      await session.send(CRISIS);
      expect(session.paused).toBe(true);
      await session.resume();

      // The uncertain middle, asked about and answered.
      await session.send(UNSURE);
      expect(session.safety.state).toBe('asking');
      await session.send('No');

      // Ten more turns.
      for (let i = 0; i < 10; i++) await session.send(`Later turn ${i}: thank you all, the tiredness at work is still the hardest part.`);
      expect(await rig.store.journal.latestSummary('group-test-1')).toBeDefined();

      // Regenerate the latest reply, and continue one that broke off.
      const latestReply = rig.store.rows.messages.filter((m) => m.author.kind === 'member' && m.kind === 'chat').at(-1)!;
      await session.regenerate(latestReply.id);
      dropNext = true;
      await session.send('One more thing: evenings are hard.');
      const interrupted = rig.store.rows.messages.find((m) => m.status === 'interrupted');
      expect(interrupted).toBeDefined();
      await session.continueReply(interrupted!.id);
      await session.anyoneElse();
      await session.refreshSummary();

      // A buddy chat with one of the group's members, on the same store and server.
      const mirror = rig.members.find((m) => m.persona.role === 'mirror')!;
      const buddyGroup: Group = { ...rig.store.rows.groups.get('group-test-1')!, id: 'buddy-1', format: 'buddy', buddyMemberId: 'buddy-member', safety: undefined };
      const buddyMembers: Member[] = [{ ...mirror, id: 'buddy-member', groupId: 'buddy-1' }];
      rig.store.seed(buddyGroup, buddyMembers);
      const buddy = new GroupSession(buddyGroup, buddyMembers, {
        store: rig.store,
        chat: rig.app.api.llm.chat,
        safety: testSafety,
        retrieve: () => [],
        events: { typing: () => {}, crisis: () => {}, failure: () => {} },
        model: 'llama3.2:3b',
        numCtx: 2600,
        language: 'en',
        userLabel: 'New member',
        msPerChar: 0,
      });
      await buddy.send('Hi Rosa, can we talk about work?');
      expect(rig.store.rows.messages.filter((m) => m.groupId === 'buddy-1' && m.author.kind === 'member')).not.toHaveLength(0);

      // A restart: a new session on the same store, more turns, another regenerate, a close.
      const again = rig.restart();
      await again.send('Back again after a break.');
      const reply = rig.store.rows.messages.filter((m) => m.groupId === 'group-test-1' && m.author.kind === 'member' && m.kind === 'chat').at(-1)!;
      await again.regenerate(reply.id);
      await again.close();

      const bodies = rig.chatBodies();
      expect(bodies.length).toBeGreaterThan(40);
      expect(bodies.filter((b) => b.includes("you keep the group's notes")).length).toBeGreaterThan(0);
      for (const words of CRISIS_WORDS) expect(bodies.filter((b) => b.includes(words))).toEqual([]);
      const unsure = bodies.filter((b) => b.includes('keep thinking about it'));
      expect(unsure).toHaveLength(1);
      expect(unsure[0]).toContain("SAFETY CHECK of the new member's last message (answer");
      // Later prompts carry the neutral line instead.
      expect(bodies.filter((b) => b.includes('NOW SPEAKING')).some((b) => b.includes('[shared something painful and was offered support]'))).toBe(true);
    } finally {
      await rig.close();
    }
  }, 60_000);
});
