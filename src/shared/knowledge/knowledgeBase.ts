// Knowledge on demand. Nothing about packs is read at start: the pack index (names, synonyms, a few ids)
// is itself loaded the first time something needs it — condition search, a country list, a new group —
// and a pack's facts are read, validated and indexed the first time a group or screen needs that pack;
// library topics the same way. Start-up cost therefore does not depend on how many packs ship.
import { ConditionSearch, type ConditionEntry } from './conditionSearch';
import type { PackIndexEntry } from './packIndex';
import { PackRegistry } from './packRegistry';
import { KnowledgePack } from './packSchema';
import { FactIndex } from './retrieval';

/** Reads one bundled pack's raw JSON (a dynamic import in the app, a file read in tests and the bench). */
export type PackReader = (packId: string) => Promise<unknown>;

/** Loads the pack index (a dynamic import of its chunk in the app). */
export type IndexReader = () => Promise<readonly PackIndexEntry[]>;

/** Where library topics come from: the person's imported MedlinePlus library, read as packs. */
export interface TopicShelf {
  /** True for ids the library owns ("medlineplus-1234"). */
  owns(id: string): boolean;
  /** The topic as a pack, or undefined when the library does not have it (anymore). */
  topicPack(id: string): Promise<KnowledgePack | undefined>;
}

/** What onboarding's condition search needs of the index. */
export function searchEntries(index: readonly PackIndexEntry[]): ConditionEntry[] {
  // Local names ("migraña") are searchable like any other synonym.
  return index.map((e) => ({ packId: e.id, name: e.name, synonyms: [...e.synonyms, ...Object.values(e.localNames ?? {})] }));
}

/** Packs on demand, condition search over the index, and retrieval indexes per set of packs. */
export class KnowledgeBase {
  /** The packs and topics loaded so far; sync readers (citations, member cards) look here. */
  readonly registry = new PackRegistry();
  private indexLoad: Promise<{ readonly list: readonly PackIndexEntry[]; readonly byId: ReadonlyMap<string, PackIndexEntry> }> | undefined;
  private loadedIndex: readonly PackIndexEntry[] | undefined;
  private search: Promise<ConditionSearch> | undefined;
  private readonly pending = new Map<string, Promise<KnowledgePack | undefined>>();
  private readonly indexes = new Map<string, FactIndex>();
  private packReads = 0;
  private indexReads = 0;

  constructor(
    private readonly readIndex: IndexReader,
    private readonly readPack: PackReader,
    private readonly library?: TopicShelf,
  ) {}

  /** How many bundled packs, and how many times the index, have been read (start-up reads none of either). */
  get reads(): { readonly packs: number; readonly index: number } {
    return { packs: this.packReads, index: this.indexReads };
  }

  /** The pack index, loaded once. */
  async packIndex(): Promise<readonly PackIndexEntry[]> {
    return (await this.indexed()).list;
  }

  /** The pack index if it has been loaded already (for a first render), else undefined. */
  packIndexNow(): readonly PackIndexEntry[] | undefined {
    return this.loadedIndex;
  }

  /** The index entry of a bundled pack. */
  async entry(packId: string): Promise<PackIndexEntry | undefined> {
    return (await this.indexed()).byId.get(packId);
  }

  /** Search over the bundled conditions, built once from the index. */
  conditionSearch(): Promise<ConditionSearch> {
    this.search ??= this.packIndex().then((list) => new ConditionSearch(searchEntries(list)));
    return this.search;
  }

  /** One pack or library topic, loaded and validated once; undefined when unknown or invalid. */
  load(id: string): Promise<KnowledgePack | undefined> {
    const held = this.registry.get(id);
    if (held) return Promise.resolve(held.pack);
    const inFlight = this.pending.get(id);
    if (inFlight) return inFlight;
    const started = this.library?.owns(id) ? this.loadTopic(id) : this.loadPack(id);
    // A failed read is not remembered, so a later call tries again.
    const settled = started.finally(() => this.pending.delete(id));
    this.pending.set(id, settled);
    return settled;
  }

  /** Several packs at once, in the order asked, leaving out unknown ones. */
  async loadMany(ids: readonly string[]): Promise<KnowledgePack[]> {
    const packs = await Promise.all([...new Set(ids)].map((id) => this.load(id)));
    return packs.filter((p): p is KnowledgePack => p !== undefined);
  }

  /** A retrieval index over some packs and topics, loading them first; built once per set of ids. */
  async index(ids: readonly string[]): Promise<FactIndex> {
    const loaded = await this.loadMany(ids);
    const key = loaded.map((p) => p.id).sort().join('|');
    let index = this.indexes.get(key);
    if (!index) {
      index = FactIndex.build(this.registry.facts(loaded.map((p) => p.id)));
      this.indexes.set(key, index);
    }
    return index;
  }

  /** Forgets library topics (after the library is replaced or cleared) and the indexes built on them. */
  forgetLibrary(): void {
    this.registry.dropOrigin('library');
    for (const key of [...this.indexes.keys()]) if (key.split('|').some((id) => this.library?.owns(id))) this.indexes.delete(key);
  }

  private indexed(): Promise<{ readonly list: readonly PackIndexEntry[]; readonly byId: ReadonlyMap<string, PackIndexEntry> }> {
    this.indexLoad ??= (async () => {
      this.indexReads += 1;
      const list = await this.readIndex();
      this.loadedIndex = list;
      return { list, byId: new Map(list.map((e) => [e.id, e])) };
    })();
    // A failed index read is not remembered either.
    this.indexLoad.catch(() => (this.indexLoad = undefined));
    return this.indexLoad;
  }

  private async loadPack(id: string): Promise<KnowledgePack | undefined> {
    if (!(await this.indexed()).byId.has(id)) return undefined;
    this.packReads += 1;
    const parsed = KnowledgePack.safeParse(await this.readPack(id));
    if (!parsed.success || parsed.data.id !== id) return undefined;
    this.registry.add(parsed.data, 'bundled');
    return parsed.data;
  }

  private async loadTopic(id: string): Promise<KnowledgePack | undefined> {
    const pack = await this.library?.topicPack(id);
    if (pack) this.registry.add(pack, 'library');
    return pack;
  }
}
