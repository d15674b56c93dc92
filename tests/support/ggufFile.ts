// Writes small GGUF-shaped model files for tests and the bench: a real GGUF v3 header (metadata
// with strings, numbers and a string array like a tokenizer's vocabulary) followed by a payload of
// deterministic bytes standing in for the tensors. Nothing here is a real model.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

/** Metadata values the writer knows how to encode. */
export type GgufValue = string | number | bigint | boolean | readonly string[];

export interface GgufSpec {
  readonly metadata?: Readonly<Record<string, GgufValue>>;
  /** Bytes after the header (the stand-in for tensors). */
  readonly payloadBytes?: number;
  /** GGUF version written in the header (3 unless a test wants an odd one). */
  readonly version?: number;
}

/** A small llama-shaped model: Q4_K_M, 4,096 context, its own chat template, a short vocabulary. */
export const TINY_MODEL_METADATA: Readonly<Record<string, GgufValue>> = {
  'general.architecture': 'llama',
  'general.name': 'Tiny Test Llama',
  'general.file_type': 15,
  'general.parameter_count': 3_212_749_824n,
  'general.license': 'test-only',
  'llama.context_length': 4096,
  'tokenizer.chat_template': '{% for m in messages %}{{ m.content }}{% endfor %}',
  'tokenizer.ggml.tokens': ['<s>', '</s>', 'hello', 'group', 'peer'],
};

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const u64 = (n: number | bigint): Buffer => {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
};
const str = (s: string): Buffer => {
  const bytes = Buffer.from(s, 'utf8');
  return Buffer.concat([u64(bytes.length), bytes]);
};

function encodeValue(value: GgufValue): Buffer {
  if (typeof value === 'string') return Buffer.concat([u32(8), str(value)]);
  if (typeof value === 'boolean') return Buffer.concat([u32(7), Buffer.from([value ? 1 : 0])]);
  if (typeof value === 'bigint') return Buffer.concat([u32(10), u64(value)]);
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 0 && value <= 0xffffffff) return Buffer.concat([u32(4), u32(value)]);
    const f = Buffer.alloc(4);
    f.writeFloatLE(value);
    return Buffer.concat([u32(6), f]);
  }
  return Buffer.concat([u32(9), u32(8), u64(value.length), ...value.map(str)]);
}

/** The header bytes for a spec. */
export function ggufHeaderBytes(spec: GgufSpec = {}): Buffer {
  const metadata = spec.metadata ?? TINY_MODEL_METADATA;
  const entries = Object.entries(metadata).map(([k, v]) => Buffer.concat([str(k), encodeValue(v)]));
  return Buffer.concat([Buffer.from('GGUF', 'latin1'), u32(spec.version ?? 3), u64(0), u64(entries.length), ...entries]);
}

/** Writes a GGUF-shaped file and returns its size and SHA-256 (hex). */
export async function writeGgufFile(path: string, spec: GgufSpec = {}): Promise<{ sizeBytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const file = await open(path, 'w');
  try {
    const header = ggufHeaderBytes(spec);
    hash.update(header);
    await file.write(header);
    let left = spec.payloadBytes ?? 64 * 1024;
    const block = Buffer.alloc(Math.min(left, 4 * 1024 * 1024));
    for (let i = 0; i < block.length; i++) block[i] = (i * 31 + 7) & 0xff;
    while (left > 0) {
      const piece = left >= block.length ? block : block.subarray(0, left);
      hash.update(piece);
      await file.write(piece);
      left -= piece.length;
    }
    return { sizeBytes: header.length + (spec.payloadBytes ?? 64 * 1024), sha256: hash.digest('hex') };
  } finally {
    await file.close();
  }
}
