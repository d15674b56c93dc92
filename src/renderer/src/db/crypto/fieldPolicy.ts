/**
 * Which fields of each table stay readable on disk: only the primary key and the fields an index
 * needs (IndexedDB must read those). Everything else is encrypted, timestamps and ordering included,
 * so a field added later is private by default. The readable fields are authenticated with the
 * record (recordCodec's AAD), so editing one on disk makes the record refuse to open.
 * Tables absent here (settings, keystore, generation) are not encrypted: they are needed before unlocking.
 */
export const CLEAR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  profile: ['id'],
  groups: ['id'],
  members: ['id', 'groupId'],
  messages: ['id', 'groupId', 'seq', 'status'],
  summaries: ['id', 'groupId', 'uptoSeq'],
  checkIns: ['id', 'groupId'],
  nextSteps: ['id', 'groupId'],
  safetyPlan: ['id'],
  crisisState: ['id'],
  careQuestions: ['id'],
};

/** Tables whose rows are encrypted when a passphrase is set. */
export const ENCRYPTED_TABLES: readonly string[] = Object.keys(CLEAR_FIELDS);

/** The property that holds a sealed record's ciphertext. */
export const SEALED = '$sealed';
