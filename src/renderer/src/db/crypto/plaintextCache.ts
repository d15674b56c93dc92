import type { SealedPart } from './recordCodec';

interface Entry {
  readonly sealed: SealedPart;
  /** The canonical JSON of the readable fields the ciphertext is bound to (its AAD). */
  readonly clearJson: string;
  /** The secret fields only, as JSON: clear fields are always taken from the row on disk. */
  readonly secretJson: string;
}

/**
 * Recently sealed or opened rows, keyed by table and primary key and checked against the IV on disk.
 * Every encryption draws a fresh IV, so an IV match proves the cached plaintext is exactly what the
 * ciphertext holds. A hit skips WebCrypto and, more to the point, the wait that keeps the transaction
 * open. A write whose secret and readable fields did not change reuses the stored ciphertext as it
 * is. Both checks also compare the readable fields, since the ciphertext is bound to them. Memory
 * only, bounded, and emptied whenever the vault's state changes.
 */
export class PlaintextCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly limit = 4096) {}

  private static id(table: string, key: unknown): string {
    return `${table}\u0000${JSON.stringify(key)}`;
  }

  private touch(id: string): Entry | undefined {
    const hit = this.entries.get(id);
    if (hit) {
      // Re-insert so the map's order stays least-recently-used first.
      this.entries.delete(id);
      this.entries.set(id, hit);
    }
    return hit;
  }

  /** A fresh copy of the secret fields when the cached IV and readable fields match the stored ones. */
  secret(table: string, key: unknown, iv: Uint8Array, clearJson: string): Record<string, unknown> | undefined {
    const hit = this.touch(PlaintextCache.id(table, key));
    return hit && hit.clearJson === clearJson && sameBytes(hit.sealed.iv, iv) ? (JSON.parse(hit.secretJson) as Record<string, unknown>) : undefined;
  }

  /** The stored ciphertext when the fields about to be written are the ones it already holds. */
  sealedFor(table: string, key: unknown, clearJson: string, secretJson: string): SealedPart | undefined {
    const hit = this.touch(PlaintextCache.id(table, key));
    return hit?.secretJson === secretJson && hit.clearJson === clearJson ? hit.sealed : undefined;
  }

  set(table: string, key: unknown, sealed: SealedPart, clearJson: string, secretJson: string): void {
    const id = PlaintextCache.id(table, key);
    this.entries.delete(id);
    this.entries.set(id, { sealed, clearJson, secretJson });
    if (this.entries.size > this.limit) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
