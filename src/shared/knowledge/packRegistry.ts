// The packs Hearth has in memory: bundled packs once loaded on demand, library topics once read, and any
// the user imported. Pure (no storage, no I/O); the knowledge base feeds it packs as they load and reads
// facts, search entries and indexes from it.
import type { ConditionEntry } from './conditionSearch';
import { flattenPack, type FlatFact, type PackOrigin } from './flattenPack';
import type { KnowledgePack } from './packSchema';

/** A pack with where it came from. */
export interface RegisteredPack {
  readonly pack: KnowledgePack;
  readonly origin: PackOrigin;
}

/** Why adding an imported pack was refused. */
export type AddResult = { readonly ok: true; readonly replaced: boolean } | { readonly ok: false; readonly error: string };

/** Holds bundled and imported packs by id; bundled ids cannot be taken over by an import. */
export class PackRegistry {
  private readonly packs = new Map<string, RegisteredPack>();
  private readonly flatCache = new Map<string, readonly FlatFact[]>();

  constructor(bundled: readonly KnowledgePack[] = []) {
    for (const pack of bundled) this.packs.set(pack.id, { pack, origin: 'bundled' });
  }

  /** Adds a pack loaded on demand (bundled, or a library topic); a pack already held stays as it is. */
  add(pack: KnowledgePack, origin: PackOrigin): void {
    if (this.packs.has(pack.id)) return;
    this.packs.set(pack.id, { pack, origin });
  }

  /** Forgets every pack of one origin (the library's topics when it is replaced or cleared). */
  dropOrigin(origin: PackOrigin): void {
    for (const [id, registered] of this.packs) {
      if (registered.origin !== origin) continue;
      this.packs.delete(id);
      this.flatCache.delete(id);
    }
  }

  /** Adds or replaces an imported pack; refuses ids that belong to bundled packs. */
  addImported(pack: KnowledgePack): AddResult {
    const existing = this.packs.get(pack.id);
    if (existing && existing.origin !== 'imported') return { ok: false, error: `A pack with id '${pack.id}' ships with Hearth and cannot be replaced by an import` };
    this.packs.set(pack.id, { pack, origin: 'imported' });
    this.flatCache.delete(pack.id);
    return { ok: true, replaced: existing !== undefined };
  }

  /** Removes an imported pack; bundled packs stay. Returns whether something was removed. */
  removeImported(packId: string): boolean {
    if (this.packs.get(packId)?.origin !== 'imported') return false;
    this.flatCache.delete(packId);
    return this.packs.delete(packId);
  }

  /** The pack with this id, if any. */
  get(packId: string): RegisteredPack | undefined {
    return this.packs.get(packId);
  }

  /** Ids of the bundled packs (imports may not use them). */
  bundledIds(): string[] {
    return [...this.packs.values()].filter((p) => p.origin === 'bundled').map((p) => p.pack.id);
  }

  /** All packs, sorted by name. */
  list(): RegisteredPack[] {
    return [...this.packs.values()].sort((a, b) => a.pack.name.localeCompare(b.pack.name));
  }

  /** Citable facts of the given packs (all packs when omitted), each marked with its pack's origin. */
  facts(packIds?: readonly string[]): FlatFact[] {
    const ids = packIds ?? [...this.packs.keys()];
    return ids.flatMap((id) => {
      const registered = this.packs.get(id);
      if (!registered) return [];
      let flat = this.flatCache.get(id);
      if (!flat) {
        flat = flattenPack(registered.pack, registered.origin);
        this.flatCache.set(id, flat);
      }
      return flat;
    });
  }

  /** One fact by its citation key ("<packId>/<factId>"). */
  fact(key: string): FlatFact | undefined {
    const packId = key.split('/')[0] ?? '';
    return this.facts([packId]).find((f) => f.key === key);
  }

  /** What onboarding's condition search needs. */
  searchEntries(): ConditionEntry[] {
    // Local names ("migraña") are searchable like any other synonym.
    return this.list().map(({ pack }) => ({ packId: pack.id, name: pack.name, synonyms: [...pack.synonyms, ...Object.values(pack.localNames ?? {})] }));
  }
}
