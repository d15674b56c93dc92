import { HearthDatabase } from '../database';
import { createRepositories, type Repositories } from '../repositories';
import { encryptionMiddleware } from './encryptionMiddleware';
import { KeyHolder } from './keyHolder';
import { Vault } from './vault';

/** A database with encryption installed: its repositories, the vault that locks it, and the key holder. */
export interface SecureStore {
  readonly db: HearthDatabase;
  readonly holder: KeyHolder;
  readonly vault: Vault;
  readonly repositories: Repositories;
}

export interface SecureStoreOptions {
  readonly now?: () => number;
  /** PBKDF2 iterations for new passphrases (tests lower it; the app uses the default 600,000). */
  readonly iterations?: number;
}

/**
 * Installs the encryption middleware on a database before it opens, so every repository write and
 * read passes through it. Call `vault.init()` before the first read.
 */
export function createSecureStore(db: HearthDatabase, options: SecureStoreOptions = {}): SecureStore {
  const holder = new KeyHolder();
  db.use(encryptionMiddleware(holder));
  return {
    db,
    holder,
    vault: new Vault(db, holder, options),
    repositories: createRepositories(db, options.now),
  };
}
