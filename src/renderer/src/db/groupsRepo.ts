import Dexie from 'dexie';
import type { Group, GroupSafety, Member, Persona } from '@shared/domain';
import { newId } from '@shared/domain';
import type { HearthDatabase } from './database';

/** Groups and their members. */
export class GroupsRepo {
  constructor(
    private readonly db: HearthDatabase,
    private readonly now: () => number = Date.now,
  ) {}

  /** Creates a group with its members in one transaction: all of it or none of it. */
  create(group: Omit<Group, 'createdAt' | 'updatedAt'>, personas: readonly Persona[]): Promise<{ group: Group; members: Member[] }> {
    return this.db.transaction('rw', this.db.groups, this.db.members, async () => {
      const at = this.now();
      const full: Group = { ...group, createdAt: at, updatedAt: at };
      const members: Member[] = personas.map((persona, order) => ({ id: newId(), groupId: group.id, persona, muted: false, order }));
      await this.db.groups.add(full);
      await this.db.members.bulkAdd(members);
      return { group: full, members };
    });
  }

  get(id: string): Promise<Group | undefined> {
    return this.db.groups.get(id);
  }

  /** Groups the user has not left, most recently active first. */
  async active(): Promise<Group[]> {
    // Sorted here, not by an index: the timestamp is sealed with the rest of the record.
    const all = await this.db.groups.toArray();
    return all.filter((g) => g.leftAt === undefined).sort((a, b) => b.updatedAt - a.updatedAt);
  }

  members(groupId: string): Promise<Member[]> {
    return this.db.members.where('groupId').equals(groupId).sortBy('order');
  }

  rename(id: string, title: string): Promise<number> {
    return this.db.groups.update(id, { title: title.trim().slice(0, 80) || 'My group', updatedAt: this.now() });
  }

  leave(id: string): Promise<number> {
    return this.db.groups.update(id, { leftAt: this.now() });
  }

  update(id: string, changes: Partial<Pick<Group, 'topic' | 'model' | 'numCtx' | 'title'>>): Promise<number> {
    return this.db.groups.update(id, { ...changes, updatedAt: this.now() });
  }

  /** The group's safety state (paused, asking, open): kept on the group so it survives restarts. */
  setSafety(id: string, safety: GroupSafety): Promise<number> {
    return this.db.groups.update(id, { safety });
  }

  setMuted(memberId: string, muted: boolean): Promise<number> {
    return this.db.members.update(memberId, { muted });
  }

  /** Deletes a group and everything in it, in one transaction. */
  delete(id: string): Promise<void> {
    const { db } = this;
    return db.transaction('rw', [db.groups, db.members, db.messages, db.summaries, db.checkIns, db.nextSteps], async () => {
      await db.messages.where('[groupId+seq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
      await db.members.where('groupId').equals(id).delete();
      await db.summaries.where('[groupId+uptoSeq]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
      await db.checkIns.where('groupId').equals(id).delete();
      await db.nextSteps.where('groupId').equals(id).delete();
      await db.groups.delete(id);
    });
  }
}
