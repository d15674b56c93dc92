import i18next from 'i18next';
import { newId, type Group, type GroupFormat, type Persona, type SessionTopic, type UserProfile } from '@shared/domain';
import { buildCohort } from '@shared/group/cohort/buildCohort';
import { cohortPackIds } from '@shared/group/cohort/cohortPacks';
import type { AppServices } from './services';

export interface NewGroup {
  readonly profile: UserProfile;
  readonly format: GroupFormat;
  readonly topic: SessionTopic;
  readonly title?: string;
  /** For a one-to-one chat with someone from another group: that person and their facilitator. */
  readonly buddyOf?: { readonly persona: Persona; readonly facilitator?: Persona };
}

/** A random 32-bit seed for the cohort factory. */
const randomSeed = (): number => globalThis.crypto.getRandomValues(new Uint32Array(1))[0]!;

/** The model and context size the group keeps for its whole life (so Ollama's prompt cache survives). */
async function modelFor(services: AppServices): Promise<{ model?: string; numCtx: number }> {
  const status = await services.hearth.ollama.status({});
  const model = status.ok ? (status.value.activeModel ?? undefined) : undefined;
  if (!model) return { numCtx: 4096 };
  const details = await services.hearth.ollama.show({ name: model });
  const contextLength = details.ok ? details.value.contextLength : null;
  return { model, numCtx: Math.max(2048, Math.min(8192, contextLength ?? 4096)) };
}

/**
 * Loads the model a new group will use, with the context size it will get, while the person is still
 * answering onboarding's questions: on a laptop, reading the model from disk takes seconds that the
 * first reply would otherwise wait for. Nothing is sent but the model's name. Never throws.
 */
export async function loadModelAhead(services: AppServices): Promise<void> {
  const { model, numCtx } = await modelFor(services).catch(() => ({ model: undefined, numCtx: 0 }));
  if (model) await services.hearth.llm.load({ model, numCtx });
}

/**
 * Builds a new group: the cohort from the user's profile and the condition's knowledge pack or library
 * topic (or from the model alone, unsourced, when there is neither), stored with its members in one
 * transaction. Only the packs this cohort draws on are loaded.
 */
export async function createGroup(services: AppServices, input: NewGroup): Promise<Group> {
  const { repos, knowledge } = services;
  const seed = randomSeed();
  const ownId = input.profile.conditionId;
  const packs = await knowledge.base.loadMany(cohortPackIds(await knowledge.base.packIndex(), ownId, input.format, seed));
  const pack = ownId ? (packs.find((p) => p.id === ownId) ?? null) : null;
  const existing = await repos.db.groups.toArray();
  const existingMembers = await repos.db.members.toArray();
  let personas: Persona[];
  let unsourced: boolean;
  let storyKeys: string[] = [];
  if (input.buddyOf) {
    const facilitator = input.buddyOf.facilitator ?? buildCohort({ profile: input.profile, format: 'buddy', seed, pack, packs, language: input.profile.language }).personas.find((p) => p.role === 'facilitator');
    personas = [input.buddyOf.persona, ...(facilitator ? [facilitator] : [])];
    unsourced = pack === null;
  } else {
    const cohort = buildCohort({
      profile: input.profile,
      format: input.format,
      seed,
      pack,
      packs,
      avoid: { names: existingMembers.map((m) => m.persona.name), storyKeys: existing.flatMap((g) => g.storyKeys ?? []) },
      language: input.profile.language,
    });
    personas = cohort.personas;
    unsourced = cohort.unsourced;
    storyKeys = cohort.storyKeys;
  }
  const { model, numCtx } = await modelFor(services);
  const buddy = input.format === 'buddy' ? personas.find((p) => p.role !== 'facilitator') : undefined;
  const t = i18next.getFixedT(input.profile.language);
  // "Lupus (systemic lupus erythematosus)" reads as "Lupus" in a title.
  const condition = input.profile.conditionLabel.replace(/\s*\([^)]*\)\s*/g, ' ').trim() || input.profile.conditionLabel;
  const title =
    input.title ??
    (buddy ? t('groups.buddyTitle', { name: buddy.name.split(' ')[0] }) : t(`groups.title.${input.format}`, { condition }));
  const groupId = newId();
  const { group, members } = await repos.groups.create(
    {
      id: groupId,
      title: title.slice(0, 80),
      format: input.format,
      conditionId: input.profile.conditionId,
      conditionLabel: input.profile.conditionLabel,
      seed,
      topic: input.topic,
      unsourced,
      numCtx,
      storyKeys,
      ...(model ? { model } : {}),
    },
    personas,
  );
  if (buddy) {
    const buddyMember = members.find((m) => m.persona.id === buddy.id);
    if (buddyMember) {
      await repos.db.groups.update(group.id, { buddyMemberId: buddyMember.id });
      return { ...group, buddyMemberId: buddyMember.id };
    }
  }
  return group;
}
