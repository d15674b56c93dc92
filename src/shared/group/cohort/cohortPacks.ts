// Which packs a new group's cohort draws on. Packs load on demand, so group creation asks for a few by
// id instead of handing the factory every pack: the group's own condition, the packs its co-occurring
// conditions point at (a Navigator may live with one), and, for a cross-condition group only, a seeded
// handful of other conditions. The same seed picks the same ones.
import type { GroupFormat } from '@shared/domain';
import { Rng } from './random';

/** What the choice needs to know of each pack: its id and the packs its co-occurring conditions name. */
export interface CohortPackCandidate {
  readonly id: string;
  readonly coOccurringPackIds: readonly string[];
}

/** Other conditions drawn: five peers plus spares for a cross-condition group; none otherwise (everyone shares the group's condition). */
export function otherPacksWanted(format: GroupFormat): number {
  return format === 'cross-condition' ? 8 : 0;
}

/**
 * The ids to load for a new group, own condition first. `ownId` may be a library topic or unknown to the
 * index (then only others are drawn); it is always returned so the caller loads it from wherever it lives.
 */
export function cohortPackIds(candidates: readonly CohortPackCandidate[], ownId: string | null, format: GroupFormat, seed: number): string[] {
  const own = ownId ? candidates.find((c) => c.id === ownId) : undefined;
  const related = own ? own.coOccurringPackIds.filter((id) => id !== ownId && candidates.some((c) => c.id === id)) : [];
  const rest = candidates.filter((c) => c.id !== ownId && !related.includes(c.id)).map((c) => c.id).sort();
  const drawn = Rng.for(seed >>> 0, 'cohort-packs').shuffle(rest).slice(0, otherPacksWanted(format));
  return [...(ownId ? [ownId] : []), ...related, ...drawn];
}
