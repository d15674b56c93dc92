import { HearthDatabase } from '../database';
import { createRepositories, type Repositories } from '../repositories';
import { generationOf } from '../storage/storageSpaces';
import { encryptionMiddleware } from './encryptionMiddleware';
import { KeyHolder } from './keyHolder';
import { Vault } from './vault';

/** A database with encryption installed: its repositories, the vault that locks it, and the key holder. */
export interface SecureStore {
  readonly db: HearthDatabase;
  readonly holder: KeyHolder;
  readonly vault: Vault;
  readonly repositories: Repositories;
  /** Which database generation this is (0: the first release's database); every passphrase change makes a new one. */
  readonly generation: number;
  /** The storage space (bucket or database name) the generation lives in. */
  readonly spaceName: string;
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
export function createSecureStore(db: HearthDatabase, options: SecureStoreOptions = {}, space?: { readonly name: string; readonly generation: number }): SecureStore {
  const holder = new KeyHolder();
  db.use(encryptionMiddleware(holder));
  return {
    db,
    holder,
    vault: new Vault(db, holder, options.iterations !== undefined ? { iterations: options.iterations } : {}),
    repositories: createRepositories(db, options.now),
    generation: space?.generation ?? generationOf(db.name) ?? 0,
    spaceName: space?.name ?? db.name,
  };
}
