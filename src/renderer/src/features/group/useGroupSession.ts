import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Language, Member } from '@shared/domain';
import { GroupSession } from '@shared/group/session/groupSession';
import { HUMAN_MS_PER_CHAR } from '@shared/group/session/pace';
import type { SafetyPort } from '@shared/group/session/ports';
import { safetyPort, safetyPortWithGuard } from '@shared/group/session/safetyPort';
import { FactIndex } from '@shared/knowledge/retrieval';
import type { AppServices } from '@renderer/services/services';
import { quickExitSignal } from '@renderer/services/quickExitSignal';
import { useServices } from '@renderer/services/ServicesContext';
import { groupKnowledgeIds } from '@renderer/knowledge/groupKnowledge';
import { useCrisisPanel } from '../crisis';
import { useModelRuntime } from '../model-setup';
import { guardOverChat } from './guardOverChat';
import { openThenWarm } from './openSession';
import { misreadInGroup, returnToGroup, useLiveSessions } from './liveSessions';
import { repositoryStore } from './repositoryStore';
import { useSessionUi } from './sessionStore';


/** The safety checks, with an installed Llama Guard model's second opinion when there is one (cancelled if it is slow). */
function safetyFor(services: AppServices, guardModel: string | undefined): SafetyPort {
  return guardModel ? safetyPortWithGuard(guardOverChat(services.hearth.llm.chat, guardModel)) : safetyPort;
}

interface Latest {
  readonly group: Group | undefined;
  readonly members: Member[] | undefined;
  readonly model: string | undefined;
  readonly guardModel: string | undefined;
}

/**
 * The live session of the open group: made once per group and language (a model or guard that
 * appears later is handed to the same session), wired to the screen, and stopped when the screen
 * goes away. Its safety state lives on the group record, so a new session (another language,
 * reopening, a restart, an unlock) finds the group as it was: paused stays paused.
 */
export function useGroupSession(group: Group | undefined, members: Member[] | undefined): GroupSession | null {
  const services = useServices();
  const { i18n } = useTranslation();
  const status = useModelRuntime((s) => s.status);
  const model = group?.model ?? status?.activeModel ?? undefined;
  const guardModel = status?.models.find((m) => m.name.startsWith('llama-guard'))?.name;
  const groupId = group?.id;
  const ready = Boolean(group && members && members.length > 0);
  const latest = useRef<Latest>({ group, members, model, guardModel });
  const session = useLiveSessions((s) => (groupId ? s.byGroup[groupId] : undefined));

  useEffect(() => {
    latest.current = { group, members, model, guardModel };
  });

  useEffect(() => {
    const { group: g, members: ms, model: m, guardModel: guard } = latest.current;
    if (!ready || !g || !ms) return;
    let live = true;
    useSessionUi.getState().set({ typingMemberId: null, busy: false, failure: null });
    // Only this group's packs (or library topics) load, the first time it opens (milliseconds); until
    // then, and if loading fails, retrieval finds nothing rather than holding the session back.
    let index = FactIndex.build([]);
    services.knowledge.base.index(groupKnowledgeIds(g, ms)).then((loaded) => void (index = loaded), () => undefined);
    const language: Language = i18n.language === 'es' ? 'es' : 'en';
    const next = new GroupSession(g, ms, {
      store: repositoryStore(services.repos),
      chat: services.hearth.llm.chat,
      safety: safetyFor(services, guard),
      retrieve: (said, limit, before) => index.retrieveForTurn({ said, ...(before ? { before } : {}) }, { limit }),
      // Events from a session whose screen has gone are ignored.
      events: {
        typing: (id) => live && useSessionUi.getState().set({ typingMemberId: id }),
        busy: (busy) => live && useSessionUi.getState().set({ busy }),
        crisis: (level, categories) => {
          if (!live || level !== 'crisis') return;
          // The ways back go through the group's live session at the moment they are used.
          useCrisisPanel.getState().show(categories, { returnToGroup: () => returnToGroup(g.id), misread: () => misreadInGroup(g.id) });
        },
        failure: (code) => live && useSessionUi.getState().set({ failure: code }),
      },
      model: m ?? 'none',
      numCtx: g.numCtx ?? 4096,
      language,
      userLabel: language === 'es' ? 'Nuevo miembro' : 'New member',
      msPerChar: HUMAN_MS_PER_CHAR,
    });
    useLiveSessions.getState().add(g.id, next);
    // A quick exit stops the reply being generated and every model call of this session at once.
    const unsubscribeQuickExit = quickExitSignal.subscribe(() => next.stop());
    // The check-in, then the group's shared text into the model's prompt cache while the person reads and writes.
    void openThenWarm(next, () => live && useSessionUi.getState().set({ failure: 'other', busy: false }));
    return () => {
      live = false;
      unsubscribeQuickExit();
      next.stop();
      useLiveSessions.getState().remove(g.id, next);
    };
    // One session per group and language (not per group object: later changes reach it below).
  }, [groupId, ready, services, i18n.language]);

  // Topic changes, a model chosen later, a guard model installed later: the same session carries on.
  useEffect(() => {
    if (!session || !group) return;
    session.updateGroup(group);
    session.updateRuntime({ ...(model ? { model } : {}), safety: safetyFor(services, guardModel) });
  }, [session, group, model, guardModel, services]);

  return session ?? null;
}
