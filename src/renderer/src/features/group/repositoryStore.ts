import type { Repositories } from '@renderer/db/repositories';
import type { SessionStore } from '@shared/group/session/store';

/** The session engine's store port over the app's Dexie repositories (the real database or an incognito one). */
export function repositoryStore(repos: Repositories): SessionStore {
  const { messages, groups, journal, singletons } = repos;
  return {
    messages: {
      add: (input) => messages.add(input),
      appendSentence: (id, sentence, citations) => messages.appendSentence(id, sentence, citations),
      replaceText: (id, text, kind, citations) => messages.replaceText(id, text, kind, citations),
      setStatus: (id, status) => messages.setStatus(id, status),
      setSafety: (id, safety) => messages.setSafety(id, safety),
      get: (id) => messages.get(id),
      latest: (groupId, limit) => messages.latest(groupId, limit),
      between: (groupId, from, to) => messages.between(groupId, from, to),
      count: (groupId) => messages.count(groupId),
      remove: (id) => messages.remove(id),
    },
    groups: {
      members: (groupId) => groups.members(groupId),
      setSafety: async (groupId, safety) => {
        await groups.setSafety(groupId, safety);
      },
    },
    journal: {
      latestSummary: (groupId) => journal.latestSummary(groupId),
      saveSummary: (groupId, uptoSeq, text) => journal.saveSummary(groupId, uptoSeq, text),
    },
    crisis: {
      record: async (categories, at) => {
        await singletons.recordCrisis(categories, at);
      },
      withdraw: async (at) => {
        // Only the crisis this group recorded: a later one (another group, "Get help now") stays.
        const state = await singletons.crisisState();
        if (state.active && state.detectedAt === at) await singletons.dismissCrisis(Date.now());
      },
    },
  };
}
