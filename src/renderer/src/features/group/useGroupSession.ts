import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Language, Member } from '../../../../shared/domain';
import { useServices } from '../../app/ServicesContext';
import { useCrisisPanel } from '../crisis/useCrisisPanel';
import { useModelRuntime } from '../model-setup/useModelRuntime';
import { GroupSession } from './session/groupSession';
import { safetyPort, safetyPortWithGuard } from './session/safetyPort';
import { useSessionUi } from './sessionStore';

/** Human reading pace for released sentences: about 45 characters a second. */
const MS_PER_CHAR = 22;

/** Which packs a group's retrieval searches: its condition's, or every pack for cross-condition groups. */
function packIdsFor(group: Group, members: readonly Member[], all: readonly string[]): string[] {
  if (group.format === 'cross-condition') return [...all];
  const ids = new Set<string>();
  if (group.conditionId) ids.add(group.conditionId);
  for (const m of members) if (m.persona.coOccurring?.factKey) ids.add(m.persona.coOccurring.factKey.split('/')[0]!);
  return [...ids].filter((id) => all.includes(id));
}

/**
 * The live session of the open group: created once its group and members are loaded, opened with the
 * facilitator's check-in, and wired to the screen (typing, crisis panel, failures).
 */
export function useGroupSession(group: Group | undefined, members: Member[] | undefined): GroupSession | null {
  const services = useServices();
  const { i18n } = useTranslation();
  const status = useModelRuntime((s) => s.status);
  const [session, setSession] = useState<GroupSession | null>(null);
  const created = useRef<string | null>(null);
  const model = group?.model ?? status?.activeModel ?? '';
  // An installed Llama Guard model gives ambiguous messages a second opinion (optional, never required).
  const guardModel = status?.models.find((m) => m.name.startsWith('llama-guard'))?.name;

  useEffect(() => {
    if (!group || !members || members.length === 0) return;
    const key = `${group.id}|${model}|${guardModel ?? ''}`;
    if (created.current === key) {
      session?.updateGroup(group);
      return;
    }
    created.current = key;
    const ui = useSessionUi.getState();
    ui.set({ typingMemberId: null, busy: false, paused: false, failure: null });
    const all = services.knowledge.registry.list().map((r) => r.pack.id);
    const index = services.knowledge.index(packIdsFor(group, members, all));
    const language: Language = i18n.language === 'es' ? 'es' : 'en';
    const next = new GroupSession(group, members, {
      repos: services.repos,
      chat: services.hearth.llm.chat,
      safety: guardModel
        ? safetyPortWithGuard({
            classify: async (text) => {
              const reply = await services.hearth.llm.chat({ model: guardModel, messages: [{ role: 'user', content: text }], options: { numCtx: 2048, temperature: 0 } }, () => undefined).done;
              return reply.ok ? reply.value.content : '';
            },
          })
        : safetyPort,
      retrieve: (query, limit) => index.retrieve(query, { limit }),
      events: {
        typing: (id) => useSessionUi.getState().set({ typingMemberId: id }),
        crisis: (level, categories) => {
          if (level === 'crisis') {
            useSessionUi.getState().set({ paused: true });
            useCrisisPanel.getState().show(categories, () => {
              next.resume();
              useSessionUi.getState().set({ paused: false });
              useCrisisPanel.getState().close();
            });
          }
        },
        failure: (code) => useSessionUi.getState().set({ failure: code }),
      },
      model: model || 'none',
      numCtx: group.numCtx ?? 4096,
      language,
      userLabel: language === 'es' ? 'Nuevo miembro' : 'New member',
      msPerChar: MS_PER_CHAR,
    });
    setSession(next);
    void next.open();
  }, [group, members, model, guardModel, services, i18n.language, session]);

  return session;
}
