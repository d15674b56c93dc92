import Dexie, { type EntityTable } from 'dexie';
import type { AppSettings, CareQuestion, CheckIn, CrisisState, Group, GroupSummary, Member, Message, NextStep, SafetyPlan, UserProfile } from '@shared/domain';
import type { KeystoreRow } from './crypto/keystoreRow';
import type { GenerationRow } from './storage/generationRow';

/** Singleton rows (profile, settings, safety plan, crisis state) use this id. */
export const SINGLETON = 'me';

export type ProfileRow = UserProfile & { id: typeof SINGLETON };
export type SettingsRow = AppSettings & { id: typeof SINGLETON };
export type SafetyPlanRow = SafetyPlan & { id: typeof SINGLETON };
export type CrisisStateRow = CrisisState & { id: typeof SINGLETON };

/** The database name; one per profile directory (Electron keeps one profile per user account). */
export const DATABASE_NAME = 'hearth';

/**
 * Hearth's IndexedDB. Versions are add-only: never edit a shipped `version(n)`; add `n+1` with an
 * upgrade and a test that upgrades real data from `n`. Indexed fields never hold sensitive text.
 */
export class HearthDatabase extends Dexie {
  profile!: EntityTable<ProfileRow, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  members!: EntityTable<Member, 'id'>;
  messages!: EntityTable<Message, 'id'>;
  summaries!: EntityTable<GroupSummary, 'id'>;
  checkIns!: EntityTable<CheckIn, 'id'>;
  nextSteps!: EntityTable<NextStep, 'id'>;
  safetyPlan!: EntityTable<SafetyPlanRow, 'id'>;
  crisisState!: EntityTable<CrisisStateRow, 'id'>;
  /** v2: the passphrase-wrapped data key (one row; see crypto/keystoreRow.ts). */
  keystore!: EntityTable<KeystoreRow, 'id'>;
  /** v3: the marker a rotation writes last, when this database holds everything (see storage/rotate.ts). */
  generation!: EntityTable<GenerationRow, 'id'>;
  /** v4: questions for the person's next appointment (sorted in memory: order and text are sealed). */
  careQuestions!: EntityTable<CareQuestion, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      profile: 'id',
      settings: 'id',
      groups: 'id, updatedAt',
      members: 'id, groupId',
      messages: 'id, [groupId+seq], [groupId+status]',
      summaries: 'id, [groupId+uptoSeq]',
      checkIns: 'id, groupId, createdAt',
      nextSteps: 'id, groupId, createdAt',
      safetyPlan: 'id',
      crisisState: 'id',
    });
    // v2 only adds the keystore table; existing rows are untouched, so no upgrade function is needed.
    this.version(2).stores({ keystore: 'id' });
    // v3 drops the timestamp indexes (those few lists are sorted in memory), so timestamps can be
    // sealed with the rest of a record; and adds the generation marker. No row changes.
    this.version(3).stores({ groups: 'id', checkIns: 'id, groupId', nextSteps: 'id, groupId', generation: 'id' });
    // v4 only adds the questions-for-my-appointment table; no existing row changes.
    this.version(4).stores({ careQuestions: 'id' });
  }
}
