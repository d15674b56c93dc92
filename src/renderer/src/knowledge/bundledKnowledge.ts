import crisisLinesJson from '../../../../resources/crisis-lines.json';
import { ConditionSearch } from '../../../shared/knowledge/conditionSearch';
import { CrisisLines } from '../../../shared/knowledge/crisisLinesSchema';
import { PackRegistry } from '../../../shared/knowledge/packRegistry';
import { KnowledgePack } from '../../../shared/knowledge/packSchema';
import { FactIndex } from '../../../shared/knowledge/retrieval';

// Packs ship inside the renderer bundle: no network, no file access, available at once.
const packFiles = import.meta.glob<unknown>('../../../../resources/packs/*.json', { eager: true, import: 'default' });

/** Everything Hearth knows: packs (bundled and imported), condition search, retrieval, crisis lines. */
export interface Knowledge {
  readonly registry: PackRegistry;
  readonly crisisLines: CrisisLines;
  conditionSearch(): ConditionSearch;
  /** A retrieval index over some packs, built once per set of pack ids. */
  index(packIds: readonly string[]): FactIndex;
}

/** Loads and validates the bundled data. A pack that fails its schema is left out, not fatal. */
export function loadBundledKnowledge(): Knowledge {
  const packs: KnowledgePack[] = [];
  for (const raw of Object.values(packFiles)) {
    const parsed = KnowledgePack.safeParse(raw);
    if (parsed.success) packs.push(parsed.data);
  }
  const registry = new PackRegistry(packs);
  const crisisLines = CrisisLines.parse(crisisLinesJson);
  let search: ConditionSearch | undefined;
  const indexes = new Map<string, FactIndex>();
  return {
    registry,
    crisisLines,
    conditionSearch: () => (search ??= new ConditionSearch(registry.searchEntries())),
    index: (packIds) => {
      const key = [...packIds].sort().join('|');
      let index = indexes.get(key);
      if (!index) {
        index = FactIndex.build(registry.facts(packIds));
        indexes.set(key, index);
      }
      return index;
    },
  };
}
