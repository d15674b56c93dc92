import Dexie from 'dexie';
import { newId, type CheckIn, type GroupSummary, type NextStep } from '@shared/domain';
import type { HearthDatabase } from './database';

/** Check-ins, next steps and rolling summaries: what happens around a session. */
export class JournalRepo {
  constructor(
    private readonly db: HearthDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  addCheckIn(checkIn: Omit<CheckIn, 'id' | 'createdAt'>): Promise<CheckIn> {
    const row: CheckIn = { ...checkIn, id: newId(), createdAt: this.now() };
    return this.db.checkIns.add(row).then(() => row);
  }

  async checkIns(): Promise<CheckIn[]> {
    // Sorted here, not by an index: timestamps are sealed with the rest of the record.
    return (await this.db.checkIns.toArray()).sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
  }

  addNextStep(groupId: string, text: string): Promise<NextStep> {
    const at = this.now();
    const row: NextStep = { id: newId(), groupId, text: text.trim().slice(0, 300), createdAt: at, updatedAt: at, status: 'open' };
    return this.db.nextSteps.add(row).then(() => row);
  }

  setNextStepStatus(id: string, status: NextStep['status']): Promise<number> {
    return this.db.nextSteps.update(id, { status, updatedAt: this.now() });
  }

  async nextSteps(): Promise<NextStep[]> {
    return (await this.db.nextSteps.toArray()).sort((a, b) => b.createdAt - a.createdAt || b.id.localeCompare(a.id));
  }

  /** The newest rolling summary of a group, if any. */
  latestSummary(groupId: string): Promise<GroupSummary | undefined> {
    return this.db.summaries.where('[groupId+uptoSeq]').between([groupId, Dexie.minKey], [groupId, Dexie.maxKey]).last();
  }

  saveSummary(groupId: string, uptoSeq: number, text: string): Promise<GroupSummary> {
    const row: GroupSummary = { id: newId(), groupId, uptoSeq, text, createdAt: this.now() };
    return this.db.summaries.add(row).then(() => row);
  }
}
