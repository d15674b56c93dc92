/**
 * The group screen's words that speak of "the group". In a one-to-one buddy chat (one person and one
 * AI peer, with the facilitator in the background) each has its own wording under `group.buddy.`,
 * which names the buddy (`{{name}}`) where that reads naturally.
 */
export const ONE_TO_ONE_KEYS = [
  'aiNote',
  'unsourced',
  'membersTitle',
  'role.facilitator',
  'paused',
  'returnToGroup',
  'composer.noModel',
  'wait.downloading',
  'wait.downloadingLeft',
  'safety.asking',
  'failure.model-missing',
  'failure.server-not-running',
  'failure.ollama-not-installed',
  'failure.other',
  'takenBack',
] as const;

/** A key under `group.` whose wording changes in a one-to-one chat. */
export type OneToOneKey = (typeof ONE_TO_ONE_KEYS)[number];

/** The full catalogue key for `key`: the one-to-one wording in a buddy chat, the group's otherwise. */
export const chatWordKey = (key: OneToOneKey, oneToOne: boolean): string => (oneToOne ? `group.buddy.${key}` : `group.${key}`);

/** Whether `key` (under `group.`) has its own wording in a one-to-one chat. */
export const isOneToOneKey = (key: string): key is OneToOneKey => (ONE_TO_ONE_KEYS as readonly string[]).includes(key);
