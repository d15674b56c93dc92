import { SEALED } from './fieldPolicy';
import { pad, unpad } from './padding';

/**
 * The encrypted part of a stored row: a fresh 96-bit IV per encryption and the AES-GCM ciphertext.
 * v2 (current): the plaintext is padded to a size bucket, and the AAD covers the row's readable
 * fields as well as its table and key. v1 (first release): no padding, AAD of table and key only;
 * still read so an older database can be unlocked and then moved into a v2 one.
 */
export interface SealedPart {
  readonly v: 1 | 2;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

type Row = Record<string, unknown>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The readable fields in a fixed order, so the same fields always give the same bytes. */
export function canonicalClear(clear: Row): string {
  return JSON.stringify(
    Object.keys(clear)
      .filter((k) => clear[k] !== undefined)
      .sort()
      .map((k) => [k, clear[k]]),
  );
}

// Binding the ciphertext to its table, primary key and readable fields: a row moved to another
// place, or an index field edited on disk (a status, a group id), no longer opens.
const aad = (v: 1 | 2, table: string, key: unknown, clearJson: string): Uint8Array<ArrayBuffer> =>
  encoder.encode(v === 1 ? `hearth:${table}:${JSON.stringify(key)}` : `hearth:v2:${table}:${JSON.stringify(key)}:${clearJson}`);

/** True when a stored row carries ciphertext. */
export const isSealed = (row: unknown): row is Row & { [SEALED]: SealedPart } =>
  typeof row === 'object' && row !== null && SEALED in row;

/** A row's clear fields (and their canonical JSON), and the JSON of everything else (the part to encrypt). */
export function splitRow(row: Row, clearFields: readonly string[]): { clear: Row; clearJson: string; secretJson: string } {
  const clear: Row = {};
  const secret: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (field === SEALED) continue;
    if (clearFields.includes(field)) {
      if (value !== undefined) clear[field] = value;
    } else if (value !== undefined) secret[field] = value;
  }
  return { clear, clearJson: canonicalClear(clear), secretJson: JSON.stringify(secret) };
}

/** Encrypts a row's secret part, padded, under a fresh random IV, bound to its place and readable fields. */
export async function encryptSecret(key: CryptoKey, table: string, primaryKey: unknown, clearJson: string, secretJson: string): Promise<SealedPart> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(2, table, primaryKey, clearJson) }, key, pad(encoder.encode(secretJson)));
  return { v: 2, iv, data };
}

/** Decrypts a sealed part back to the JSON of its secret fields; rejects on a wrong key or any tampering. */
export async function decryptSecret(key: CryptoKey, table: string, primaryKey: unknown, clearJson: string, sealed: SealedPart): Promise<string> {
  const v = sealed.v === 1 ? 1 : 2;
  const plain = new Uint8Array(await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad(v, table, primaryKey, clearJson) }, key, sealed.data));
  return decoder.decode(v === 1 ? plain : unpad(plain));
}

/** Splits a row into its clear fields and an encrypted blob of everything else. */
export async function sealRow(key: CryptoKey, table: string, primaryKey: unknown, row: Row, clearFields: readonly string[]): Promise<Row> {
  const { clear, clearJson, secretJson } = splitRow(row, clearFields);
  return { ...clear, [SEALED]: await encryptSecret(key, table, primaryKey, clearJson, secretJson) };
}

/** Joins a sealed row back together; rejects if the key is wrong or the row was tampered with. */
export async function openRow(key: CryptoKey, table: string, primaryKey: unknown, row: Row & { [SEALED]: SealedPart }): Promise<Row> {
  const { [SEALED]: sealed, ...clear } = row;
  return { ...(JSON.parse(await decryptSecret(key, table, primaryKey, canonicalClear(clear), sealed)) as Row), ...clear };
}
