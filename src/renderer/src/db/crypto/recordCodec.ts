import { SEALED } from './fieldPolicy';

/** The encrypted part of a stored row: a fresh 96-bit IV per encryption and the AES-GCM ciphertext. */
export interface SealedPart {
  readonly v: 1;
  readonly iv: Uint8Array<ArrayBuffer>;
  readonly data: ArrayBuffer;
}

type Row = Record<string, unknown>;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

// Binding the ciphertext to its table and primary key stops a row being swapped into another place.
const aad = (table: string, key: unknown): Uint8Array<ArrayBuffer> => encoder.encode(`hearth:${table}:${JSON.stringify(key)}`);

/** True when a stored row carries ciphertext. */
export const isSealed = (row: unknown): row is Row & { [SEALED]: SealedPart } =>
  typeof row === 'object' && row !== null && SEALED in row;

/** A row's clear fields, and the JSON of everything else (the part to encrypt). */
export function splitRow(row: Row, clearFields: readonly string[]): { clear: Row; secretJson: string } {
  const clear: Row = {};
  const secret: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (field === SEALED) continue;
    if (clearFields.includes(field)) clear[field] = value;
    else if (value !== undefined) secret[field] = value;
  }
  return { clear, secretJson: JSON.stringify(secret) };
}

/** Encrypts a row's secret part under a fresh random IV. */
export async function encryptSecret(key: CryptoKey, table: string, primaryKey: unknown, secretJson: string): Promise<SealedPart> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(table, primaryKey) }, key, encoder.encode(secretJson));
  return { v: 1, iv, data };
}

/** Splits a row into its clear fields and an encrypted blob of everything else. */
export async function sealRow(key: CryptoKey, table: string, primaryKey: unknown, row: Row, clearFields: readonly string[]): Promise<Row> {
  const { clear, secretJson } = splitRow(row, clearFields);
  return { ...clear, [SEALED]: await encryptSecret(key, table, primaryKey, secretJson) };
}

/** Decrypts a sealed part back to the JSON of its secret fields; rejects on a wrong key or tampering. */
export async function decryptSecret(key: CryptoKey, table: string, primaryKey: unknown, sealed: SealedPart): Promise<string> {
  const plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad(table, primaryKey) }, key, sealed.data);
  return decoder.decode(plain);
}

/** Joins a sealed row back together; rejects if the key is wrong or the row was tampered with. */
export async function openRow(key: CryptoKey, table: string, primaryKey: unknown, row: Row & { [SEALED]: SealedPart }): Promise<Row> {
  const { [SEALED]: sealed, ...clear } = row;
  return { ...(JSON.parse(await decryptSecret(key, table, primaryKey, sealed)) as Row), ...clear };
}
