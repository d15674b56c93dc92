import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freeDiskBytes, modelsDirectory } from './machineFacts';

describe('machine facts', () => {
  it('finds the models folder like Ollama does', () => {
    expect(modelsDirectory({}, '/home/ana')).toBe(join('/home/ana', '.ollama', 'models'));
    expect(modelsDirectory({ OLLAMA_MODELS: '/data/models' }, '/home/ana')).toBe('/data/models');
  });
  it('measures free space at the nearest existing folder when the models folder does not exist yet', async () => {
    const free = await freeDiskBytes(join(tmpdir(), 'hearth-not-created', 'a', 'b'));
    expect(free).toBeGreaterThan(0);
  });
});
