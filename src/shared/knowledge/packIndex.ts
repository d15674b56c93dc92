// The small, always-present part of the knowledge packs: enough to search for a condition, list
// conditions and countries, and decide which packs a group needs — without any pack's facts. Built at
// build time from resources/packs (see electron.vite.config.ts), so start-up parses names, not packs.
import { z } from 'zod';
import { CountryCode, KnowledgePack, PackCategory, Slug } from './packSchema';

/** One pack as the start-up index knows it. */
export const PackIndexEntry = z.object({
  id: Slug,
  name: z.string().min(2),
  localNames: z.object({ es: z.string().min(2) }).partial().optional(),
  synonyms: z.array(z.string().min(2)),
  category: PackCategory,
  /** Countries the pack's support organisations are in (for country pickers). */
  countries: z.array(CountryCode),
  /** Other packs its co-occurring conditions point at (a Navigator may live with one of them). */
  coOccurringPackIds: z.array(Slug),
});
export type PackIndexEntry = z.infer<typeof PackIndexEntry>;

/** The whole index, as the build emits it. */
export const PackIndex = z.array(PackIndexEntry);

/** A pack's index entry: its names and a few ids, never its facts. */
export function packIndexEntry(pack: KnowledgePack): PackIndexEntry {
  return {
    id: pack.id,
    name: pack.name,
    ...(pack.localNames ? { localNames: pack.localNames } : {}),
    synonyms: [...pack.synonyms],
    category: pack.category,
    countries: [...new Set(pack.organisations.map((o) => o.country))].sort(),
    coOccurringPackIds: [...new Set(pack.coOccurring.flatMap((c) => (c.packId ? [c.packId] : [])))].sort(),
  };
}

/** Builds the index from raw pack files; a file that is not a valid pack is left out (packs:check reports it). */
export function buildPackIndex(raws: readonly unknown[]): PackIndexEntry[] {
  const out: PackIndexEntry[] = [];
  for (const raw of raws) {
    const parsed = KnowledgePack.safeParse(raw);
    if (parsed.success) out.push(packIndexEntry(parsed.data));
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
