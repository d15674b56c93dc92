import type { CrisisState } from '@shared/domain';
import { SINGLETON, type HearthDatabase } from '../database';

/** The crisis state nobody has triggered. */
export const DEFAULT_CRISIS_STATE: CrisisState = { active: false, categories: [] };

/** True for a crisis-state row that says nothing happened. */
export const isDefaultCrisisState = (row: Partial<CrisisState>): boolean => row.active === false && (row.categories ?? []).length === 0 && row.detectedAt === undefined;

/**
 * Writes the default crisis state if there is none. The record always exists (sealed and padded
 * like any other when a passphrase is set), so its presence says nothing about a past crisis.
 */
export async function ensureCrisisState(db: HearthDatabase): Promise<void> {
  await db.transaction('rw', db.crisisState, async () => {
    if ((await db.crisisState.count()) === 0) await db.crisisState.add({ ...DEFAULT_CRISIS_STATE, id: SINGLETON });
  });
}
