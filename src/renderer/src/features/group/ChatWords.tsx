import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { chatWordKey, isOneToOneKey } from './oneToOneWords';

/** The group screen's words for the chat it is in; `key` is under `group.`. */
export interface ChatWords {
  /** The buddy's first name in a one-to-one chat; absent in a group. */
  readonly buddyName: string | undefined;
  say(key: string, options?: Record<string, unknown>): string;
}

/** Words that speak of the buddy by name in a one-to-one chat, of the group otherwise. */
export function chatWords(t: TFunction, buddyName: string | undefined): ChatWords {
  return {
    buddyName,
    say: (key, options = {}) =>
      isOneToOneKey(key) ? t(chatWordKey(key, buddyName !== undefined), { ...options, ...(buddyName !== undefined ? { name: buddyName } : {}) }) : t(`group.${key}`, options),
  };
}

const BuddyName = createContext<string | undefined>(undefined);

/** Tells the group screen's parts whether they are in a one-to-one chat, and with whom. */
export function ChatWordsProvider({ buddyName, children }: { readonly buddyName: string | undefined; readonly children: ReactNode }) {
  return <BuddyName.Provider value={buddyName}>{children}</BuddyName.Provider>;
}

/** The words for the chat this part of the screen is in (see ChatWordsProvider). */
export function useChatWords(): ChatWords {
  const { t } = useTranslation();
  return chatWords(t, useContext(BuddyName));
}
