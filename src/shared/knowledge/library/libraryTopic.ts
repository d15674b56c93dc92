// A MedlinePlus health topic as Hearth keeps it: names for condition search, and the summary split into
// citable facts that carry the topic's page and the date the file was generated.
import { z } from 'zod';
import type { RawTopic } from './medlinePlusXml';
import { summaryFacts } from './summaryFacts';

/** The attribution MedlinePlus asks reusers to show, and the publisher on every library citation. */
export const LIBRARY_PUBLISHER = 'MedlinePlus, National Library of Medicine';

/** Library topic ids: "medlineplus-" and MedlinePlus's own topic number. */
export const LibraryTopicId = z.string().regex(/^medlineplus-\d{1,9}$/);

/** True for an id that names a library topic rather than a bundled pack. */
export const isLibraryTopicId = (id: string): boolean => LibraryTopicId.safeParse(id).success;

/** What condition search needs of a topic: stored apart from the facts so searching never loads them. */
export const LibraryEntry = z.object({
  id: LibraryTopicId,
  language: z.enum(['en', 'es']),
  title: z.string().min(1).max(300),
  names: z.array(z.string().min(1).max(300)),
  /** The equivalent topic in the other language. */
  mappedId: LibraryTopicId.optional(),
});
export type LibraryEntry = z.infer<typeof LibraryEntry>;

/** A whole topic: its entry, page, groups, and facts. */
export const LibraryTopic = LibraryEntry.extend({
  url: z.url({ protocol: /^https$/ }),
  groups: z.array(z.string()),
  /** When the summary was current at MedlinePlus (the file's generation date). */
  checked: z.iso.date(),
  facts: z.array(z.object({ id: z.string(), text: z.string().min(10).max(600), section: z.string().optional() })).min(1),
});
export type LibraryTopic = z.infer<typeof LibraryTopic>;

/** A parsed topic as stored, or undefined when its summary yields no citable fact. */
export function toLibraryTopic(raw: RawTopic, checked: string): LibraryTopic | undefined {
  const facts = summaryFacts(raw.summaryHtml);
  if (facts.length === 0) return undefined;
  return {
    id: raw.id,
    language: raw.language,
    title: raw.title,
    names: [...raw.names],
    ...(raw.mappedId ? { mappedId: raw.mappedId } : {}),
    url: raw.url,
    groups: [...raw.groups],
    checked,
    facts,
  };
}

/** The search entry of a topic. */
export function libraryEntry(topic: LibraryTopic): LibraryEntry {
  return { id: topic.id, language: topic.language, title: topic.title, names: topic.names, ...(topic.mappedId ? { mappedId: topic.mappedId } : {}) };
}
