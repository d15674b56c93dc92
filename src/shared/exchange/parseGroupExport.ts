import { GROUP_EXPORT_FORMAT, GROUP_EXPORT_VERSION, GroupExportV1, type GroupExport } from './groupExport';
import type { ImportProblem, ImportResult } from './importProblems';

/** Files larger than this are refused before parsing (a 200,000-message group is about 100 MB). */
export const MAX_IMPORT_BYTES = 128 * 1024 * 1024;

const refuse = (problem: ImportProblem): ImportResult<never> => ({ ok: false, problem });

/** Cross-record checks zod cannot express per field: one group, unique ids and seqs, known authors. */
function checkConsistency(doc: GroupExport): ImportProblem | undefined {
  const groupId = doc.group.id;
  const lists = ['members', 'messages', 'summaries', 'checkIns', 'nextSteps'] as const;
  const ids = new Set<string>([groupId]);
  for (const list of lists) {
    for (const [i, row] of doc[list].entries()) {
      if (row.groupId !== groupId) return { code: 'inconsistent', path: `${list}.${i}.groupId`, detail: 'belongs to another group' };
      if (ids.has(row.id)) return { code: 'inconsistent', path: `${list}.${i}.id`, detail: 'duplicate id' };
      ids.add(row.id);
    }
  }
  const memberIds = new Set(doc.members.map((m) => m.id));
  const messageIds = new Set(doc.messages.map((m) => m.id));
  const seqs = new Set<number>();
  for (const [i, m] of doc.messages.entries()) {
    if (seqs.has(m.seq)) return { code: 'inconsistent', path: `messages.${i}.seq`, detail: 'duplicate seq' };
    seqs.add(m.seq);
    if (m.author.kind === 'member' && !memberIds.has(m.author.memberId)) return { code: 'inconsistent', path: `messages.${i}.author.memberId`, detail: 'unknown member' };
    if (m.replyTo !== undefined && !messageIds.has(m.replyTo)) return { code: 'inconsistent', path: `messages.${i}.replyTo`, detail: 'unknown message' };
  }
  if (doc.group.buddyMemberId !== undefined && !memberIds.has(doc.group.buddyMemberId)) return { code: 'inconsistent', path: 'group.buddyMemberId', detail: 'unknown member' };
  return undefined;
}

/**
 * Validates an export file's text completely before anything is written: size, JSON, format tag,
 * version, every field (zod), and consistency across records. Never throws.
 */
export function parseGroupExport(text: string): ImportResult<GroupExport> {
  if (typeof text !== 'string') return refuse({ code: 'not-json' });
  if (text.length > MAX_IMPORT_BYTES) return refuse({ code: 'too-large' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse({ code: 'not-json' });
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== GROUP_EXPORT_FORMAT) return refuse({ code: 'not-a-hearth-export' });
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > GROUP_EXPORT_VERSION) return refuse({ code: 'newer-version', detail: `version ${version}` });
  const parsed = GroupExportV1.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse({ code: 'invalid-field', path: issue?.path.join('.') || '(file)', detail: issue?.code ?? 'invalid' });
  }
  const inconsistency = checkConsistency(parsed.data);
  return inconsistency ? refuse(inconsistency) : { ok: true, value: parsed.data };
}
