import Dexie from 'dexie';
import { buildGroupExport, prepareImport, type GroupContents, type GroupExport, type ImportReport, type ImportResult } from '@shared/exchange';
import { safetyPort } from '@shared/group/session/safetyPort';
import type { HearthDatabase } from './database';

/** Reads a whole group for export (decrypted by the middleware when a passphrase is set). */
export async function readGroupContents(db: HearthDatabase, groupId: string): Promise<GroupContents | undefined> {
  return db.transaction('r', [db.groups, db.members, db.messages, db.summaries, db.checkIns, db.nextSteps], async () => {
    const group = await db.groups.get(groupId);
    if (!group) return undefined;
    const [members, messages, summaries, checkIns, nextSteps] = await Promise.all([
      db.members.where('groupId').equals(groupId).toArray(),
      db.messages.where('[groupId+seq]').between([groupId, Dexie.minKey], [groupId, Dexie.maxKey]).toArray(),
      db.summaries.where('[groupId+uptoSeq]').between([groupId, Dexie.minKey], [groupId, Dexie.maxKey]).toArray(),
      db.checkIns.where('groupId').equals(groupId).toArray(),
      db.nextSteps.where('groupId').equals(groupId).toArray(),
    ]);
    return { group, members, messages, summaries, checkIns, nextSteps };
  });
}

/** The versioned export document of one group, or undefined when there is no such group. */
export async function exportGroup(db: HearthDatabase, groupId: string, now: number = Date.now()): Promise<GroupExport | undefined> {
  const contents = await readGroupContents(db, groupId);
  return contents ? buildGroupExport(contents, now) : undefined;
}

/**
 * Writes a validated export in one transaction: every record or none. A group that is already here
 * is refused rather than merged (delete it first to restore from a file). Nothing in a file is
 * trusted as Hearth's own: it is checked again first (prepareImport), and the counts of what was
 * left out come back with the result.
 */
export async function importGroup(db: HearthDatabase, doc: GroupExport): Promise<ImportResult<{ groupId: string; report: ImportReport }>> {
  try {
    const prepared = prepareImport(doc, safetyPort);
    const written = await writeAll(db, prepared.doc);
    return written.ok ? { ok: true, value: { ...written.value, report: prepared.report } } : written;
  } catch (error) {
    // A record id already used elsewhere (another group) aborts the whole transaction.
    if (error instanceof Dexie.BulkError || (error instanceof Error && error.name === 'ConstraintError')) {
      return { ok: false, problem: { code: 'already-exists', detail: 'a record id is already in use' } };
    }
    throw error;
  }
}

function writeAll(db: HearthDatabase, doc: GroupExport): Promise<ImportResult<{ groupId: string }>> {
  return db.transaction('rw', [db.groups, db.members, db.messages, db.summaries, db.checkIns, db.nextSteps], async () => {
    if (await db.groups.get(doc.group.id)) return { ok: false as const, problem: { code: 'already-exists' as const, path: 'group.id' } };
    await db.groups.add(doc.group);
    await db.members.bulkAdd(doc.members);
    await db.messages.bulkAdd(doc.messages);
    await db.summaries.bulkAdd(doc.summaries);
    await db.checkIns.bulkAdd(doc.checkIns);
    await db.nextSteps.bulkAdd(doc.nextSteps);
    return { ok: true as const, value: { groupId: doc.group.id } };
  });
}
