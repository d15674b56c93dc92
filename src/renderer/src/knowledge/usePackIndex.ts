import { useEffect, useState } from 'react';
import type { ConditionSearch } from '@shared/knowledge/conditionSearch';
import type { PackIndexEntry } from '@shared/knowledge/packIndex';
import { useServices } from '../services/ServicesContext';

/** The pack index for a screen: loaded the first time any screen asks (a few milliseconds), undefined until then. */
export function usePackIndex(): readonly PackIndexEntry[] | undefined {
  const { knowledge } = useServices();
  const [index, setIndex] = useState(() => knowledge.base.packIndexNow());
  useEffect(() => {
    let live = true;
    if (!index) void knowledge.base.packIndex().then((loaded) => live && setIndex(loaded));
    return () => {
      live = false;
    };
  }, [knowledge, index]);
  return index;
}

/** Condition search over the bundled packs, once the index is in. */
export function useConditionSearch(): ConditionSearch | undefined {
  const { knowledge } = useServices();
  const [search, setSearch] = useState<ConditionSearch>();
  useEffect(() => {
    let live = true;
    void knowledge.base.conditionSearch().then((s) => live && setSearch(s));
    return () => {
      live = false;
    };
  }, [knowledge]);
  return search;
}
