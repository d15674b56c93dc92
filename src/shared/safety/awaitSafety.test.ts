import { describe, expect, it } from 'vitest';
import { awaitSafety, loadSafety, safetyLoaded } from './loadSafety';

describe('awaitSafety: the bounded wait for the learned half', () => {
  it('answers at once where nothing asked for the learned half (the rules alone were chosen)', async () => {
    expect(await awaitSafety(60_000)).toBe(false);
    expect(safetyLoaded()).toBe(false);
  });

  it('waits for a load in progress and says it is in', async () => {
    const load = loadSafety();
    expect(safetyLoaded()).toBe(false);
    expect(await awaitSafety(60_000)).toBe(true);
    await load;
    expect(safetyLoaded()).toBe(true);
  });
}, 60_000);
