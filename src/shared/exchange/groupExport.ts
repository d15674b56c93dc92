import { z } from 'zod';
import { CheckIn, Group, GroupSummary, Member, Message, NextStep } from '../domain';

/** The JSON export's format tag: files without it are not Hearth group exports. */
export const GROUP_EXPORT_FORMAT = 'hearth.group';
/** The current export version. Importers accept every version up to this one. */
export const GROUP_EXPORT_VERSION = 1;

/**
 * A whole group as one versioned JSON document: everything needed to bring it back exactly
 * (members with their persona cards, every message with citations, summaries, check-ins, next steps).
 */
export const GroupExportV1 = z.object({
  format: z.literal(GROUP_EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.number().int().nonnegative(),
  /** Always true: every member of an exported group is AI-generated, and the file says so. */
  aiGenerated: z.literal(true),
  group: Group,
  members: z.array(Member).max(20),
  messages: z.array(Message).max(200_000),
  summaries: z.array(GroupSummary).max(10_000),
  checkIns: z.array(CheckIn).max(10_000),
  nextSteps: z.array(NextStep).max(10_000),
});
export type GroupExport = z.infer<typeof GroupExportV1>;

/** The parts of a group an export is built from. */
export type GroupContents = Omit<GroupExport, 'format' | 'version' | 'exportedAt' | 'aiGenerated'>;

/** Builds the versioned document; messages are put in order. */
export function buildGroupExport(contents: GroupContents, exportedAt: number): GroupExport {
  return {
    format: GROUP_EXPORT_FORMAT,
    version: GROUP_EXPORT_VERSION,
    exportedAt,
    aiGenerated: true,
    group: contents.group,
    members: [...contents.members].sort((a, b) => a.order - b.order),
    messages: [...contents.messages].sort((a, b) => a.seq - b.seq),
    summaries: contents.summaries,
    checkIns: contents.checkIns,
    nextSteps: contents.nextSteps,
  };
}

/** The export as a file's text: indented so a person can read it too. */
export const serializeGroupExport = (doc: GroupExport): string => `${JSON.stringify(doc, null, 2)}\n`;
