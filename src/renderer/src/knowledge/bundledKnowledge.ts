import crisisLinesJson from '@resources/crisis-lines.json';
import type { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import { readCrisisLines } from '@shared/knowledge/readCrisisLines';
import { KnowledgeBase, type TopicShelf } from '@shared/knowledge/knowledgeBase';

// Each pack is its own chunk, fetched from the app's own origin the first time a group or screen needs it.
// Why dynamic imports rather than main reading resources/ over IPC: packs are reviewed app data that ship
// inside the app bundle like its code, the renderer already loads its chunks from app:// under the CSP
// (script-src 'self'), and no new IPC channel or file path reaches main. The renderer stays offline.
const packFiles = import.meta.glob<unknown>('../../../../resources/packs/*.json', { import: 'default' });
const packReaders = new Map(Object.entries(packFiles).map(([path, read]) => [path.replace(/^.*\/|\.json$/g, ''), read]));

/** Everything Hearth knows: crisis lines (always in memory), packs and library topics on demand. */
export interface Knowledge {
  /** Crisis lines are bundled and parsed at start: they must work with no model, no network, no delay. */
  readonly crisisLines: CrisisLines;
  /** Packs and library topics, loaded when a group or screen needs them. */
  readonly base: KnowledgeBase;
}

/** Reads one bundled pack's chunk. */
async function readBundledPack(packId: string): Promise<unknown> {
  const read = packReaders.get(packId);
  if (!read) throw new Error(`No bundled pack file for '${packId}'`);
  return read();
}

/** The bundled crisis lines, with packs (and their index) on demand; the library's topics come through `library`. */
export function loadBundledKnowledge(library?: TopicShelf): Knowledge {
  // The index is its own chunk too: start-up reads nothing about packs, however many ship.
  const readIndex = async () => (await import('virtual:hearth/pack-index')).default;
  // A damaged file loses only its broken entries; the build already refuses a file that does not parse.
  return { crisisLines: readCrisisLines(crisisLinesJson).data, base: new KnowledgeBase(readIndex, readBundledPack, library) };
}
