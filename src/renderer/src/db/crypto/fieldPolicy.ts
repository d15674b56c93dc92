/**
 * Which fields of each table stay readable on disk. Everything not listed is encrypted, so a field
 * added later is private by default. Clear fields are the primary key, indexed keys (IndexedDB must
 * read them) and timestamps/ordering: nothing a reader could learn the user's health from.
 * Tables absent here (settings, keystore) are not encrypted: they are needed before unlocking.
 */
export const CLEAR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  profile: ['id'],
  groups: ['id', 'createdAt', 'updatedAt', 'leftAt'],
  members: ['id', 'groupId', 'order'],
  messages: ['id', 'groupId', 'seq', 'status', 'createdAt', 'updatedAt'],
  summaries: ['id', 'groupId', 'uptoSeq', 'createdAt'],
  checkIns: ['id', 'groupId', 'createdAt'],
  nextSteps: ['id', 'groupId', 'createdAt', 'updatedAt'],
  safetyPlan: ['id'],
  crisisState: ['id'],
};

/** Tables whose rows are encrypted when a passphrase is set. */
export const ENCRYPTED_TABLES: readonly string[] = Object.keys(CLEAR_FIELDS);

/** The property that holds a sealed record's ciphertext. */
export const SEALED = '$sealed';
