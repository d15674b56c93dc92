import { CARE_QUESTION_MAX, newId, type CareQuestion, type CareQuestionOrigin } from '@shared/domain';
import type { HearthDatabase } from './database';

/** What a new question needs; where it came from is optional. */
export interface NewCareQuestion {
  readonly text: string;
  readonly origin: CareQuestionOrigin;
  readonly groupId?: string;
  readonly sourceMessageId?: string;
}

/** Whitespace folded and the length capped: a question is one short paragraph. */
const clean = (text: string): string => text.replace(/\s+/g, ' ').trim().slice(0, CARE_QUESTION_MAX);

/** The person's questions for their next appointment: add, edit, reorder, mark asked, remove. */
export class CareQuestionsRepo {
  constructor(
    private readonly db: HearthDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every question in the person's order (sorted here: positions are sealed with the record). */
  async list(): Promise<CareQuestion[]> {
    return (await this.db.careQuestions.toArray()).sort((a, b) => a.position - b.position || a.createdAt - b.createdAt);
  }

  /** Adds a question at the end of the list. The same open question from the same message is not added twice. */
  async add(question: NewCareQuestion): Promise<CareQuestion | undefined> {
    const text = clean(question.text);
    if (!text) return undefined;
    return this.db.transaction('rw', this.db.careQuestions, async () => {
      const all = await this.list();
      const same = all.find((q) => q.status === 'open' && (question.sourceMessageId ? q.sourceMessageId === question.sourceMessageId : q.text === text));
      if (same) return same;
      const at = this.now();
      const row: CareQuestion = {
        id: newId(),
        text,
        position: (all.at(-1)?.position ?? 0) + 1,
        origin: question.origin,
        ...(question.groupId ? { groupId: question.groupId } : {}),
        ...(question.sourceMessageId ? { sourceMessageId: question.sourceMessageId } : {}),
        status: 'open',
        createdAt: at,
        updatedAt: at,
      };
      await this.db.careQuestions.add(row);
      return row;
    });
  }

  async edit(id: string, text: string): Promise<void> {
    const next = clean(text);
    if (next) await this.db.careQuestions.update(id, { text: next, updatedAt: this.now() });
  }

  /**
   * Moves a question one place up (-1) or down (+1) among the questions with its status: the screen
   * lists open and asked questions apart, so a move must be one the person can see.
   */
  async move(id: string, by: -1 | 1): Promise<void> {
    await this.db.transaction('rw', this.db.careQuestions, async () => {
      const all = await this.list();
      const a = all.find((q) => q.id === id);
      if (!a) return;
      const same = all.filter((q) => q.status === a.status);
      const b = same[same.indexOf(a) + by];
      if (!b) return;
      const at = this.now();
      await this.db.careQuestions.update(a.id, { position: b.position, updatedAt: at });
      await this.db.careQuestions.update(b.id, { position: a.position, updatedAt: at });
    });
  }

  /** Marks a question asked, with what the care team said (optional). */
  async markAsked(id: string, answerNote: string): Promise<void> {
    const note = answerNote.trim().slice(0, 2000);
    const at = this.now();
    const row = await this.db.careQuestions.get(id);
    if (!row) return;
    const { answerNote: _old, ...rest } = row;
    await this.db.careQuestions.put({ ...rest, status: 'asked', askedAt: at, updatedAt: at, ...(note ? { answerNote: note } : {}) });
  }

  /** Puts an asked question back on the list for next time (the note is kept). */
  async reopen(id: string): Promise<void> {
    await this.db.careQuestions.update(id, { status: 'open', updatedAt: this.now() });
  }

  /** Puts a removed question back exactly as it was (the screen's Undo). */
  async restore(question: CareQuestion): Promise<void> {
    await this.db.careQuestions.put(question);
  }

  async remove(id: string): Promise<void> {
    await this.db.careQuestions.delete(id);
  }
}
