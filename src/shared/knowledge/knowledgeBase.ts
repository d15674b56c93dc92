// Knowledge on demand. At start only the pack index (names, synonyms, a few ids) is in memory; a pack's
// facts are read, validated and indexed the first time a group or screen needs that pack, and library
// topics the same way. Start-up cost therefore does not grow with the number or size of packs: nothing
// here reads a pack until `load` is called for it.
import { ConditionSearch, type ConditionEntry } from './conditionSearch';
import type { PackIndexEntry } from './packIndex';
import { PackRegistry } from './packRegistry';
import { KnowledgePack } from './packSchema';
import { FactIndex } from './retrieval';

/** Reads one bundled pack's raw JSON (a dynamic import in the app, a file read in tests and the bench). */
export type PackReader = (packId: string) => Promise<unknown>;

/** Where library topics come from: the person's imported MedlinePlus library, read as packs. */
export interface TopicShelf {
  /** True for ids the library owns ("medlineplus-1234"). */
  owns(id: string): boolean;
  /** The topic as a pack, or undefined when the library does not have it (anymore). */
  topicPack(id: string): Promise<KnowledgePack | undefined>;
}

/** Packs on demand, condition search over the index, and retrieval indexes per set of packs. */
export class KnowledgeBase {
  /** The packs and topics loaded so far; sync readers (citations, member cards) look here. */
  readonly registry = new PackRegistry();
  private readonly entries: ReadonlyMap<string, PackIndexEntry>;
  private readonly pending = new Map<string, Promise<KnowledgePack | undefined>>();
  private readonly indexes = new Map<string, FactIndex>();
  private search: ConditionSearch | undefined;
  private packReads = 0;

  constructor(
    readonly packIndex: readonly PackIndexEntry[],
    private readonly readPack: PackReader,
    private readonly library?: TopicShelf,
  ) {
    this.entries = new Map(packIndex.map((e) => [e.id, e]));
  }

  /** How many bundled packs have been read so far (tests and the bench check start-up reads none). */
  get reads(): number {
    return this.packReads;
  }

  /** The index entry of a bundled pack. */
  entry(packId: string): PackIndexEntry | undefined {
    return this.entries.get(packId);
  }

  /** Whether an id names a bundled pack or a library topic. */
  knows(id: string): boolean {
    return this.entries.has(id) || Boolean(this.library?.owns(id));
  }

  /** What onboarding's condition search needs, from the index alone. */
  searchEntries(): ConditionEntry[] {
    // Local names ("migraña") are searchable like any other synonym.
    return this.packIndex.map((e) => ({ packId: e.id, name: e.name, synonyms: [...e.synonyms, ...Object.values(e.localNames ?? {})] }));
  }

  /** Search over the bundled conditions, built once from the index. */
  conditionSearch(): ConditionSearch {
    this.search ??= new ConditionSearch(this.searchEntries());
    return this.search;
  }

  /** One pack or library topic, loaded and validated once; undefined when unknown or invalid. */
  load(id: string): Promise<KnowledgePack | undefined> {
    const held = this.registry.get(id);
    if (held) return Promise.resolve(held.pack);
    const inFlight = this.pending.get(id);
    if (inFlight) return inFlight;
    const started = this.library?.owns(id) ? this.loadTopic(id) : this.entries.has(id) ? this.loadPack(id) : Promise.resolve(undefined);
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

  private async loadPack(id: string): Promise<KnowledgePack | undefined> {
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
