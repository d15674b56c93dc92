import type { HelpLine } from '@shared/knowledge/crisisLinesSchema';
import type { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import type { PackRegistry } from '@shared/knowledge/packRegistry';
import type { Organisation } from '@shared/knowledge/packSchema';

/** An organisation with the condition it is listed for. */
export interface Listing {
  readonly org: Organisation;
  readonly packId: string;
  readonly condition: string;
}

/** Human support for a condition, nearest first. */
export interface RealSupport {
  /** Organisations in the person's country. */
  readonly near: readonly Listing[];
  /** Organisations that serve people anywhere (INTL). */
  readonly anywhere: readonly Listing[];
  /** Organisations in other countries: often still useful for their online groups and information. */
  readonly elsewhere: readonly Listing[];
  /** General directories of helplines and support services, for any condition. */
  readonly directories: readonly HelpLine[];
}

// In-person offers matter most near home; online ones travel. Within a list, online first, then by name.
const onlineFirst = (a: Listing, b: Listing): number =>
  Number(b.org.offers.includes('online')) - Number(a.org.offers.includes('online')) || a.org.name.localeCompare(b.org.name);

/**
 * The human support organisations for a condition (all packs' when `packId` is null) and the general
 * directories: the person's country's own directories plus the international ones.
 */
export function realSupportFor(registry: PackRegistry, crisisLines: CrisisLines, packId: string | null, country: string): RealSupport {
  const packs = packId ? [registry.get(packId)].filter((p) => p !== undefined) : registry.list();
  const all: Listing[] = packs.flatMap(({ pack }) => pack.organisations.map((org) => ({ org, packId: pack.id, condition: pack.name })));
  const countryLines = crisisLines.countries.find((c) => c.country === country)?.lines ?? [];
  const directories = [...countryLines, ...crisisLines.fallback.lines].filter((l) => l.kind === 'directory');
  return {
    near: all.filter((l) => l.org.country === country).sort(onlineFirst),
    anywhere: all.filter((l) => l.org.country === 'INTL').sort(onlineFirst),
    elsewhere: all.filter((l) => l.org.country !== country && l.org.country !== 'INTL').sort(onlineFirst),
    directories: directories.filter((l, i) => directories.findIndex((d) => d.id === l.id) === i),
  };
}
