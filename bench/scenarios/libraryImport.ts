// The MedlinePlus library at the size of the real one: 1,000 topics (500 English, 500 Spanish) from the
// synthetic generator, in the documented XML format with summaries of realistic length and site records
// to skip. Import = read the XML in 512 KB pieces, validate, split into facts, store (fake-indexeddb in
// node; library.import_ms_chromium in the Chromium scenario is the same in the real browser). Then the
// two things a person waits on afterwards: condition search as they type, and retrieval in a group built
// on one topic.
import { readFileSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LibraryDatabase } from '@renderer/knowledge/library/libraryDatabase';
import { LibraryStore } from '@renderer/knowledge/library/libraryStore';
import { KnowledgeBase } from '@shared/knowledge/knowledgeBase';
import { LibrarySearch } from '@shared/knowledge/library/librarySearch';
import { readLibrary, textChunks } from '@shared/knowledge/library/readLibrary';
import { libraryEntry } from '@shared/knowledge/library/libraryTopic';
import { generateTopicsXml } from '@tests/fixtures/medlineplus/generateTopics';
import { packIndexFromFiles, readPackFile } from '@tests/support/packFiles';
import type { BenchScenario } from '../scenario';
import { median, quantile, round } from '../stats';

const TOPICS = 1000;
const IMPORT_ROUNDS = 3;
const QUERY_ROUNDS = 25;
const CHUNK = 512 * 1024;
const TYPED = ['s', 'sy', 'synth', 'synthetic cond', 'synthetic condition 42', 'disorder joints', 'afección', 'afeccion sintetica 7', 'sinthetic', 'trastorno piel'];

/** One full import into a fresh database; returns its milliseconds and the store. */
async function importOnce(xml: string): Promise<{ ms: number; readMs: number; store: LibraryStore; facts: number }> {
  const store = new LibraryStore(new LibraryDatabase(`bench-library-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange }));
  const t = performance.now();
  const read = await readLibrary(textChunks(xml, CHUNK), { fallbackDate: '2026-11-28' });
  const readMs = performance.now() - t;
  const status = await store.replace(read, 'file');
  return { ms: performance.now() - t, readMs, store, facts: status.facts };
}

const scenario: BenchScenario = {
  name: 'health library (node)',
  description: `${TOPICS}-topic generated MedlinePlus file: import (read+split+store, median of ${IMPORT_ROUNDS}); condition search per keystroke; retrieval in a one-topic group`,
  async run() {
    const xml = generateTopicsXml(TOPICS);
    await importOnce(generateTopicsXml(50));
    const runs = [];
    for (let r = 0; r < IMPORT_ROUNDS; r++) runs.push(await importOnce(xml));
    const { store, facts } = runs.at(-1)!;

    const search = new LibrarySearch((await store.entries()).map((e) => libraryEntry({ ...e, url: 'https://medlineplus.gov/x.html', groups: [], checked: '2026-11-28', facts: [{ id: 's1', text: 'unused here, only names' }] })));
    const searchSamples: number[] = [];
    for (let r = 0; r < QUERY_ROUNDS; r++) {
      for (const q of TYPED) {
        const t = performance.now();
        search.search(q, q.includes('afecc') || q.includes('trastorno') ? 'es' : 'en', 5);
        searchSamples.push(performance.now() - t);
      }
    }

    const queries = (JSON.parse(readFileSync(new URL('../../src/shared/knowledge/retrieval.eval.json', import.meta.url), 'utf8')) as { queries: Array<{ q: string }> }).queries.map((q) => q.q);
    const kb = new KnowledgeBase(async () => packIndexFromFiles(), readPackFile, store);
    const groupTopics = ['medlineplus-800000', 'medlineplus-800246', 'medlineplus-800998'];
    const loadSamples: number[] = [];
    const retrieveSamples: number[] = [];
    for (const id of groupTopics) {
      const t = performance.now();
      const index = await kb.index([id]);
      loadSamples.push(performance.now() - t);
      for (const q of queries) index.retrieve(q, { limit: 5 });
      for (let r = 0; r < QUERY_ROUNDS; r++) {
        for (const q of [...queries, 'what are the symptoms', 'how is it treated', 'changes in sleep and energy']) {
          const s = performance.now();
          index.retrieve(q, { limit: 5 });
          retrieveSamples.push(performance.now() - s);
        }
      }
    }
    return {
      'library.import_ms': round(median(runs.map((r) => r.ms)), 0),
      'library.read_ms': round(median(runs.map((r) => r.readMs)), 0),
      'library.xml_mb': round(Buffer.byteLength(xml) / 1024 / 1024, 2),
      'library.topics': TOPICS,
      'library.facts': facts,
      'library.search_ms_p50': round(median(searchSamples), 3),
      'library.search_ms_p95': round(quantile(searchSamples, 0.95), 3),
      'library.topic_load_ms': round(median(loadSamples), 2),
      'library.retrieve_ms_p50': round(median(retrieveSamples), 4),
      'library.retrieve_ms_p95': round(quantile(retrieveSamples, 0.95), 4),
    };
  },
};

export default scenario;
