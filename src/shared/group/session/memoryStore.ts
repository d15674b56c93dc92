// The session store in memory: nothing is written anywhere. For tests, benches and a session that
// must leave no trace. Copies go in and out, as with a real database.
import { newId, type CrisisState, type Group, type GroupSummary, type Member, type Message } from '@shared/domain';
import type { NewMessage, SessionStore } from './store';

const copy = <T>(value: T): T => structuredClone(value);

/** An in-memory store with the groups and members it was given; its rows can be read for checks. */
export class MemorySessionStore implements SessionStore {
  readonly rows = { messages: [] as Message[], summaries: [] as GroupSummary[], groups: new Map<string, Group>(), members: [] as Member[] };
  crisisState: CrisisState = { active: false, categories: [] };

  constructor(private readonly now: () => number = Date.now) {}

  /** Adds a group and its members. */
  seed(group: Group, members: readonly Member[]): void {
    this.rows.groups.set(group.id, copy(group));
    this.rows.members.push(...members.map(copy));
  }

  private ofGroup(groupId: string): Message[] {
    return this.rows.messages.filter((m) => m.groupId === groupId).sort((a, b) => a.seq - b.seq);
  }

  private find(id: string): Message | undefined {
    return this.rows.messages.find((m) => m.id === id);
  }

  readonly messages: SessionStore['messages'] = {
    add: async (input: NewMessage) => {
      const last = this.ofGroup(input.groupId).at(-1);
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
      this.rows.messages.push(copy(message));
      return message;
    },
    appendSentence: async (id, sentence, citations = []) => {
      const m = this.find(id);
      if (!m) return;
      const known = new Set(m.citations.map((c) => c.marker));
      m.text = m.text ? `${m.text}${/\s$/.test(m.text) ? '' : ' '}${sentence}` : sentence;
      m.sentenceCount += 1;
      m.citations = [...m.citations, ...citations.filter((c) => !known.has(c.marker))];
      m.updatedAt = this.now();
    },
    replaceText: async (id, text, kind, citations = []) => {
      const m = this.find(id);
      if (m) Object.assign(m, { text, kind, citations: [...citations], sentenceCount: text ? 1 : 0, updatedAt: this.now() });
    },
    setStatus: async (id, status) => {
      const m = this.find(id);
      if (m) Object.assign(m, { status, updatedAt: this.now() });
    },
    setSafety: async (id, safety) => {
      const m = this.find(id);
      if (m) Object.assign(m, { safety: copy(safety), updatedAt: this.now() });
    },
    get: async (id) => {
      const m = this.find(id);
      return m ? copy(m) : undefined;
    },
    latest: async (groupId, limit) => this.ofGroup(groupId).slice(-limit).map(copy),
    between: async (groupId, from, to) => this.ofGroup(groupId).filter((m) => m.seq >= from && m.seq <= to).map(copy),
    count: async (groupId) => this.ofGroup(groupId).length,
    remove: async (id) => {
      this.rows.messages = this.rows.messages.filter((m) => m.id !== id);
    },
  };

  readonly groups: SessionStore['groups'] = {
    members: async (groupId) => this.rows.members.filter((m) => m.groupId === groupId).sort((a, b) => a.order - b.order).map(copy),
    setSafety: async (groupId, safety) => {
      const g = this.rows.groups.get(groupId);
      if (g) this.rows.groups.set(groupId, { ...g, safety: copy(safety) });
    },
  };

  readonly journal: SessionStore['journal'] = {
    latestSummary: async (groupId) => {
      const rows = this.rows.summaries.filter((s) => s.groupId === groupId).sort((a, b) => a.uptoSeq - b.uptoSeq);
      const last = rows.at(-1);
      return last ? copy(last) : undefined;
    },
    saveSummary: async (groupId, uptoSeq, text) => {
      const row: GroupSummary = { id: newId(), groupId, uptoSeq, text, createdAt: this.now() };
      this.rows.summaries.push(row);
      return copy(row);
    },
  };

  readonly crisis: SessionStore['crisis'] = {
    record: async (categories, at) => {
      this.crisisState = { active: true, categories: [...new Set([...this.crisisState.categories, ...categories])], detectedAt: at };
    },
    withdraw: async (at) => {
      if (this.crisisState.active && this.crisisState.detectedAt === at) this.crisisState = { ...this.crisisState, active: false, dismissedAt: this.now() };
    },
  };
}
