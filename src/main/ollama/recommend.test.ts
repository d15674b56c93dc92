import { describe, expect, it } from 'vitest';
import { recommendModels } from './recommend';

const GiB = 1024 ** 3;
const recommended = (memGiB: number, diskGiB: number | null = 500) =>
  recommendModels({ totalMemoryBytes: memGiB * GiB, freeDiskBytes: diskGiB === null ? null : diskGiB * GiB }, new Set()).find((o) => o.recommended)?.name;

describe('model recommendations', () => {
  it('picks a 1–4B model for 8 GB, 7–9B for 16 GB, 12–14B for 32 GB', () => {
    expect(recommended(7.6)).toBe('llama3.2:3b');
    expect(recommended(15.5)).toBe('llama3.1:8b');
    expect(recommended(31.2)).toBe('gemma3:12b');
  });
  it('falls back to the smallest model that fits at all on a small machine', () => {
    expect(recommended(4.5)).toBe('llama3.2:1b');
    expect(recommended(2)).toBeUndefined();
  });
  it('rates disk: nothing is recommended that cannot be stored', () => {
    const options = recommendModels({ totalMemoryBytes: 32 * GiB, freeDiskBytes: 4 * GiB }, new Set());
    expect(options.find((o) => o.name === 'gemma3:12b')).toMatchObject({ fit: 'wont-fit', limitedBy: 'disk' });
    expect(options.find((o) => o.recommended)?.name).toBe('llama3.2:3b');
    expect(recommended(16, null)).toBe('llama3.1:8b');
  });
  it('lists the recommended model first and marks installed ones', () => {
    const options = recommendModels({ totalMemoryBytes: 16 * GiB, freeDiskBytes: 100 * GiB }, new Set(['phi4-mini:latest']));
    expect(options[0]?.recommended).toBe(true);
    expect(options.find((o) => o.name === 'phi4-mini')?.installed).toBe(true);
  });
});
