/**
 * A short, curated list of small chat models that run on laptops, by memory tier.
 *
 * Download sizes are the ones Ollama publishes in the model table of its README
 * (github.com/ollama/ollama, "Model library"), checked 2026-11-21. They are the default
 * 4-bit builds. Llama 3.1 8B is the exception: that table says 4.7 GB, but the current 8B build
 * (Q4_K_M) is 4.9 GB, so it is marked unconfirmed and shown as "about". `minMemoryGiB` / `comfortableMemoryGiB` follow Ollama's own guidance
 * ("at least 8 GB of RAM for 7B models, 16 GB for 13B") plus room for the rest of the computer.
 */
export interface CatalogueModel {
  /** The name to pull, e.g. "llama3.2:3b". */
  readonly name: string;
  readonly label: string;
  readonly parameterSize: string;
  readonly downloadBytes: number;
  /** True when the size was confirmed on Ollama's own pages. */
  readonly sizeConfirmed: boolean;
  /** Below this much RAM the model will not load well. */
  readonly minMemoryGiB: number;
  /** At or above this much RAM it runs comfortably beside a browser and the app. */
  readonly comfortableMemoryGiB: number;
  /** Order of preference within a tier: lower is preferred. */
  readonly preference: number;
}

const GB = 1e9;

export const MODEL_CATALOGUE: readonly CatalogueModel[] = Object.freeze([
  { name: 'llama3.2:1b', label: 'Llama 3.2 1B', parameterSize: '1B', downloadBytes: 1.3 * GB, sizeConfirmed: true, minMemoryGiB: 4, comfortableMemoryGiB: 6, preference: 3 },
  { name: 'llama3.2:3b', label: 'Llama 3.2 3B', parameterSize: '3B', downloadBytes: 2.0 * GB, sizeConfirmed: true, minMemoryGiB: 6, comfortableMemoryGiB: 8, preference: 0 },
  { name: 'phi4-mini', label: 'Phi-4 mini', parameterSize: '3.8B', downloadBytes: 2.5 * GB, sizeConfirmed: true, minMemoryGiB: 6, comfortableMemoryGiB: 8, preference: 2 },
  { name: 'gemma3:4b', label: 'Gemma 3 4B', parameterSize: '4B', downloadBytes: 3.3 * GB, sizeConfirmed: true, minMemoryGiB: 7, comfortableMemoryGiB: 10, preference: 1 },
  { name: 'mistral:7b', label: 'Mistral 7B', parameterSize: '7B', downloadBytes: 4.1 * GB, sizeConfirmed: true, minMemoryGiB: 8, comfortableMemoryGiB: 16, preference: 1 },
  { name: 'llama3.1:8b', label: 'Llama 3.1 8B', parameterSize: '8B', downloadBytes: 4.9 * GB, sizeConfirmed: false, minMemoryGiB: 8, comfortableMemoryGiB: 16, preference: 0 },
  { name: 'gemma3:12b', label: 'Gemma 3 12B', parameterSize: '12B', downloadBytes: 8.1 * GB, sizeConfirmed: true, minMemoryGiB: 16, comfortableMemoryGiB: 32, preference: 0 },
  { name: 'phi4:14b', label: 'Phi-4 14B', parameterSize: '14B', downloadBytes: 9.1 * GB, sizeConfirmed: true, minMemoryGiB: 16, comfortableMemoryGiB: 32, preference: 1 },
]);

/** The catalogue entry for a model name ("llama3.2:3b", also matching "llama3.2:3b" with ":latest" forms). */
export function catalogueEntry(name: string): CatalogueModel | undefined {
  const bare = name.replace(/:latest$/, '');
  return MODEL_CATALOGUE.find((m) => m.name === bare || m.name === name);
}
