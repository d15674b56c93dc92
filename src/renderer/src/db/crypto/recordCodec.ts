import { SEALED } from './fieldPolicy';

/** The encrypted part of a stored row: a fresh 96-bit IV per write and the AES-GCM ciphertext. */
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

/** Splits a row into its clear fields and an encrypted blob of everything else. */
export async function sealRow(key: CryptoKey, table: string, primaryKey: unknown, row: Row, clearFields: readonly string[]): Promise<Row> {
  const clear: Row = {};
  const secret: Row = {};
  for (const [field, value] of Object.entries(row)) {
    if (field === SEALED) continue;
    if (clearFields.includes(field)) clear[field] = value;
    else if (value !== undefined) secret[field] = value;
  }
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const data = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(table, primaryKey) }, key, encoder.encode(JSON.stringify(secret)));
  const sealed: SealedPart = { v: 1, iv, data };
  return { ...clear, [SEALED]: sealed };
}

/** Joins a sealed row back together; rejects if the key is wrong or the row was tampered with. */
export async function openRow(key: CryptoKey, table: string, primaryKey: unknown, row: Row & { [SEALED]: SealedPart }): Promise<Row> {
  const { [SEALED]: sealed, ...clear } = row;
  const plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: aad(table, primaryKey) }, key, sealed.data);
  return { ...(JSON.parse(decoder.decode(plain)) as Row), ...clear };
}
