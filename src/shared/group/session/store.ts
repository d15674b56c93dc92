// What the session engine needs from storage. The renderer's Dexie repositories implement it (and
// so does an in-memory store for tests, benches and anywhere nothing may be written).
import type { Author, Citation, GroupSafety, GroupSummary, Member, Message, MessageKind, MessageSafety, MessageStatus, SupportFunction } from '@shared/domain';

/** A message to add at the end of its group. */
export interface NewMessage {
  readonly groupId: string;
  readonly author: Author;
  readonly kind?: MessageKind;
  readonly text?: string;
  readonly status?: MessageStatus;
  readonly supportFunction?: SupportFunction;
  readonly replyTo?: string;
  readonly citations?: readonly Citation[];
  readonly safety?: MessageSafety;
}

/** Messages of a group, in `seq` order. */
export interface MessageStore {
  add(input: NewMessage): Promise<Message>;
  /** Appends one sentence to a reply (merging citations by marker). */
  appendSentence(id: string, sentence: string, citations?: readonly Citation[]): Promise<void>;
  replaceText(id: string, text: string, kind: MessageKind, citations?: readonly Citation[]): Promise<void>;
  setStatus(id: string, status: MessageStatus): Promise<void>;
  /** Marks a message (it led to the panel or the question); the mark is never lifted. */
  setSafety(id: string, safety: MessageSafety): Promise<void>;
  get(id: string): Promise<Message | undefined>;
  /** The last `limit` messages, oldest first. */
  latest(groupId: string, limit: number): Promise<Message[]>;
  /** Messages with seq in [fromSeq, toSeq], oldest first. */
  between(groupId: string, fromSeq: number, toSeq: number): Promise<Message[]>;
  count(groupId: string): Promise<number>;
  remove(id: string): Promise<void>;
}

/** The group's members and its persisted safety state. */
export interface GroupStore {
  members(groupId: string): Promise<Member[]>;
  setSafety(groupId: string, safety: GroupSafety): Promise<void>;
}

/** Rolling summaries. */
export interface JournalStore {
  latestSummary(groupId: string): Promise<GroupSummary | undefined>;
  saveSummary(groupId: string, uptoSeq: number, text: string): Promise<GroupSummary>;
}

/** The app-wide crisis state behind the banner (categories and times only, never words). */
export interface CrisisStore {
  record(categories: readonly string[], at: number): Promise<void>;
  /** Takes back the crisis recorded at `at` (a misread), unless a later one replaced it. */
  withdraw(at: number): Promise<void>;
}

/** Everything the session stores. */
export interface SessionStore {
  readonly messages: MessageStore;
  readonly groups: GroupStore;
  readonly journal: JournalStore;
  readonly crisis: CrisisStore;
}
