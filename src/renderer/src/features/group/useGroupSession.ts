import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Language, Member } from '../../../../shared/domain';
import type { GuardModel } from '../../../../shared/safety/secondOpinion';
import { FactIndex } from '../../../../shared/knowledge/retrieval';
import type { AppServices } from '../../app/services';
import { useServices } from '../../app/ServicesContext';
import { groupKnowledgeIds } from '../../knowledge/groupKnowledge';
import { useCrisisPanel } from '../crisis/useCrisisPanel';
import { useModelRuntime } from '../model-setup/useModelRuntime';
import { GroupSession } from './session/groupSession';
import type { SafetyPort } from './session/ports';
import { safetyPort, safetyPortWithGuard } from './session/safetyPort';
import { useSessionUi } from './sessionStore';

/** Human reading pace for released sentences: about 45 characters a second. */
const MS_PER_CHAR = 22;

/** The safety checks, with an installed Llama Guard model's second opinion when there is one. */
function safetyFor(services: AppServices, guardModel: string | undefined): SafetyPort {
  if (!guardModel) return safetyPort;
  const guard: GuardModel = {
    classify: async (text) => {
      const reply = await services.hearth.llm.chat({ model: guardModel, messages: [{ role: 'user', content: text }], options: { numCtx: 2048, temperature: 0 } }, () => undefined).done;
      return reply.ok ? reply.value.content : '';
    },
  };
  return safetyPortWithGuard(guard);
}

/**
 * The live session of the open group: made once per group (a model or guard that appears later is
 * handed to the same session, so a paused group stays paused), opened with the facilitator's
 * check-in, wired to the screen, and stopped when the screen goes away.
 */
export function useGroupSession(group: Group | undefined, members: Member[] | undefined): GroupSession | null {
  const services = useServices();
  const { i18n } = useTranslation();
  const status = useModelRuntime((s) => s.status);
  const [session, setSession] = useState<GroupSession | null>(null);
  const sessionRef = useRef<GroupSession | null>(null);
  const model = group?.model ?? status?.activeModel ?? undefined;
  const guardModel = status?.models.find((m) => m.name.startsWith('llama-guard'))?.name;
  const groupId = group?.id;
  const ready = Boolean(group && members && members.length > 0);

  useEffect(() => {
    if (!group || !members || members.length === 0) return;
    let live = true;
    const ui = useSessionUi.getState();
    ui.set({ typingMemberId: null, busy: false, paused: false, failure: null });
    // Only this group's packs (or library topics) load, the first time it opens (milliseconds); until
    // then, and if loading fails, retrieval finds nothing rather than holding the session back.
    let index = FactIndex.build([]);
    services.knowledge.base.index(groupKnowledgeIds(group, members)).then((loaded) => void (index = loaded), () => undefined);
    const language: Language = i18n.language === 'es' ? 'es' : 'en';
    const next = new GroupSession(group, members, {
      repos: services.repos,
      chat: services.hearth.llm.chat,
      safety: safetyFor(services, guardModel),
      retrieve: (query, limit) => index.retrieve(query, { limit }),
      // Events from a session whose screen has gone are ignored.
      events: {
        typing: (id) => live && useSessionUi.getState().set({ typingMemberId: id }),
        busy: (busy) => live && useSessionUi.getState().set({ busy }),
        crisis: (level, categories) => {
          if (!live || level !== 'crisis') return;
          useSessionUi.getState().set({ paused: true });
          useCrisisPanel.getState().show(categories, () => {
            next.resume();
            useSessionUi.getState().set({ paused: false });
            useCrisisPanel.getState().close();
          });
        },
        failure: (code) => live && useSessionUi.getState().set({ failure: code }),
      },
      model: model ?? 'none',
      numCtx: group.numCtx ?? 4096,
      language,
      userLabel: language === 'es' ? 'Nuevo miembro' : 'New member',
      msPerChar: MS_PER_CHAR,
    });
    sessionRef.current = next;
    setSession(next);
    void next.open();
    return () => {
      live = false;
      next.stop();
      sessionRef.current = null;
    };
    // One session per group and language (not per group object: later changes reach it below).
  }, [groupId, ready, services, i18n.language]);

  // Topic changes, a model chosen later, a guard model installed later: the same session carries on.
  useEffect(() => {
    const current = sessionRef.current;
    if (!current || !group) return;
    current.updateGroup(group);
    current.updateRuntime({ ...(model ? { model } : {}), safety: safetyFor(services, guardModel) });
  }, [group, model, guardModel, services]);

  return session;
}
