// "I have the model file": a 512 MB GGUF-shaped file installed into the fake Ollama server through
// Hearth's own code (header check, SHA-256 of the whole file, blob upload over loopback HTTP, create).
// Both the hash and the upload read the whole file, so the figure is file size ÷ total time.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installFromFile } from '@main/ollama/modelFile/installFromFile';
import { startFakeOllama } from '@tests/fake-ollama/index';
import { writeGgufFile } from '@tests/support/ggufFile';
import type { BenchScenario } from '../scenario';
import { median, round } from '../stats';

const FILE_BYTES = 512 * 1024 * 1024;
const RUNS = 3;
const MB = 1e6;

const scenario: BenchScenario = {
  name: 'model from a file',
  description: `${FILE_BYTES / 1024 / 1024} MB GGUF-shaped file → header check, SHA-256, blob upload, create (fake Ollama, loopback), median of ${RUNS}`,
  async run() {
    const dir = await mkdtemp(join(tmpdir(), 'hearth-bench-import-'));
    try {
      const file = join(dir, 'bench-model.gguf');
      const { sizeBytes } = await writeGgufFile(file, { payloadBytes: FILE_BYTES });
      const rates: number[] = [];
      const hashRates: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const fake = await startFakeOllama({ models: [], modelsDir: join(dir, `ollama-${run}`) });
        try {
          let hashEnded = 0;
          const started = performance.now();
          await installFromFile({
            path: file,
            name: `bench-${run}`,
            server: { host: fake.url, running: true, version: '0.12.3', isLocal: true },
            machine: { totalMemoryBytes: 64 * 1024 ** 3, freeDiskBytes: null },
            signal: new AbortController().signal,
            onProgress: (p) => {
              if (p.phase === 'copying' && hashEnded === 0) hashEnded = performance.now();
            },
          });
          const seconds = (performance.now() - started) / 1000;
          rates.push(sizeBytes / MB / seconds);
          hashRates.push(sizeBytes / MB / ((hashEnded - started) / 1000));
        } finally {
          await fake.close();
        }
      }
      return { 'model.import_mb_per_s': round(median(rates), 1), 'model.import_hash_mb_per_s': round(median(hashRates), 1) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};

export default scenario;
