import Dexie from 'dexie';
import { newId, type Author, type Citation, type Message, type MessageKind, type MessageSafety, type MessageStatus, type SupportFunction } from '@shared/domain';
import type { HearthDatabase } from './database';

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

/** Messages of a group: written through here, always inside a transaction. */
export class MessagesRepo {
  constructor(
    private readonly db: HearthDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  private range(groupId: string) {
    return this.db.messages.where('[groupId+seq]').between([groupId, Dexie.minKey], [groupId, Dexie.maxKey]);
  }

  /** Adds a message at the end of its group (user messages are complete; replies start streaming). */
  add(input: NewMessage): Promise<Message> {
    return this.db.transaction('rw', this.db.messages, this.db.groups, async () => {
      const last = await this.range(input.groupId).last();
      const at = this.now();
      const text = input.text ?? '';
      const message: Message = {
        id: newId(),
        groupId: input.groupId,
        seq: last ? last.seq + 1 : 0,
        author: input.author,
        kind: input.kind ?? 'chat',
        status: input.status ?? 'complete',
        text,
        sentenceCount: text ? 1 : 0,
        citations: [...(input.citations ?? [])],
        ...(input.supportFunction ? { supportFunction: input.supportFunction } : {}),
        ...(input.replyTo ? { replyTo: input.replyTo } : {}),
        ...(input.safety ? { safety: input.safety } : {}),
        createdAt: at,
        updatedAt: at,
      };
      await this.db.messages.add(message);
      await this.db.groups.update(input.groupId, { updatedAt: at });
      return message;
    });
  }

  /**
   * Commits one released sentence of a reply: a crash after this loses nothing before it.
   * Citations are merged by marker.
   */
  appendSentence(id: string, sentence: string, citations: readonly Citation[] = []): Promise<void> {
    return this.db.transaction('rw', this.db.messages, async () => {
      const message = await this.db.messages.get(id);
      if (!message) return;
      const known = new Set(message.citations.map((c) => c.marker));
      const joined = message.text ? `${message.text}${/\s$/.test(message.text) ? '' : ' '}${sentence}` : sentence;
      await this.db.messages.put({
        ...message,
        text: joined,
        sentenceCount: message.sentenceCount + 1,
        citations: [...message.citations, ...citations.filter((c) => !known.has(c.marker))],
        updatedAt: this.now(),
      });
    });
  }

  /** Replaces a reply's whole text (the facilitator's redirect replacing a flagged reply). */
  replaceText(id: string, text: string, kind: MessageKind, citations: readonly Citation[] = []): Promise<void> {
    return this.db.transaction('rw', this.db.messages, async () => {
      const message = await this.db.messages.get(id);
      if (!message) return;
      await this.db.messages.put({ ...message, text, kind, citations: [...citations], sentenceCount: text ? 1 : 0, updatedAt: this.now() });
    });
  }

  /** Marks a message that led to the crisis panel or the direct question (never sent to a model again). */
  setSafety(id: string, safety: MessageSafety): Promise<void> {
    return this.db.transaction('rw', this.db.messages, async () => {
      const message = await this.db.messages.get(id);
      if (message) await this.db.messages.put({ ...message, safety, updatedAt: this.now() });
    });
  }

  setStatus(id: string, status: MessageStatus): Promise<void> {
    return this.db.transaction('rw', this.db.messages, async () => {
      const message = await this.db.messages.get(id);
      if (message) await this.db.messages.put({ ...message, status, updatedAt: this.now() });
    });
  }

  /** On start: any reply still "streaming" was cut off by a crash or close; mark it interrupted. */
  markStreamingInterrupted(): Promise<number> {
    return this.db.transaction('rw', this.db.messages, async () => {
      // Found from the [groupId+status] index alone, so no message is read (or decrypted) to find them.
      const ids: string[] = [];
      await this.db.messages.orderBy('[groupId+status]').eachKey((key, cursor) => {
        if ((key as [string, string])[1] === 'streaming') ids.push(cursor.primaryKey as string);
      });
      const streaming = (await this.db.messages.bulkGet(ids)).filter((m): m is Message => m !== undefined);
      for (const m of streaming) await this.db.messages.put({ ...m, status: 'interrupted', updatedAt: this.now() });
      return streaming.length;
    });
  }

  get(id: string): Promise<Message | undefined> {
    return this.db.messages.get(id);
  }

  /** The last `limit` messages of a group, oldest first. */
  async latest(groupId: string, limit: number): Promise<Message[]> {
    const rows = await this.range(groupId).reverse().limit(limit).toArray();
    return rows.reverse();
  }

  /** Messages with seq in [fromSeq, toSeq], oldest first. */
  between(groupId: string, fromSeq: number, toSeq: number): Promise<Message[]> {
    return this.db.messages.where('[groupId+seq]').between([groupId, fromSeq], [groupId, toSeq], true, true).toArray();
  }

  count(groupId: string): Promise<number> {
    return this.range(groupId).count();
  }

  all(groupId: string): Promise<Message[]> {
    return this.range(groupId).toArray();
  }

  /** Removes one message (used when the user deletes a failed reply). */
  remove(id: string): Promise<void> {
    return this.db.messages.delete(id);
  }
}
