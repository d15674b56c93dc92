// Reads the header of a GGUF model file (the format Ollama and llama.cpp load): the magic, the
// version and the metadata key/values, without reading the tensors. Large metadata arrays (the
// tokenizer's vocabulary) are walked over, not kept. Layout, little-endian throughout:
//   "GGUF" · u32 version · tensor count · metadata count · (key: string, type: u32, value)*
// where counts and string lengths are u64 from version 2 on (u32 in version 1).
import { HearthFailure } from '@shared/contract';

/** Reads `length` bytes at `offset`; fewer bytes back means the file ended. */
export type ReadAt = (offset: number, length: number) => Promise<Uint8Array>;

/** What Hearth needs to know about a model file before installing it. */
export interface GgufHeader {
  readonly version: number;
  readonly tensorCount: number;
  readonly architecture: string | null;
  readonly name: string | null;
  /** `general.parameter_count` when the file states it. */
  readonly parameterCount: number | null;
  /** The quantisation named from `general.file_type` (e.g. Q4_K_M). */
  readonly quantization: string | null;
  /** `<architecture>.context_length`. */
  readonly contextLength: number | null;
  /** Whether the file carries its own chat template (Ollama can then detect the template itself). */
  readonly hasChatTemplate: boolean;
  readonly license: string | null;
}

const MAGIC = 0x46554747; // "GGUF" read as a little-endian u32
/** Metadata never needs more than this; a file claiming more is damaged or not a model. */
const MAX_METADATA_BYTES = 256 * 1024 * 1024;
const MAX_STRING_BYTES = 64 * 1024 * 1024;
const MAX_KEYS = 100_000;
const CHUNK = 1024 * 1024;

/** llama.cpp's `general.file_type` values for the quantisations Ollama ships. */
const FILE_TYPES: Readonly<Record<number, string>> = {
  0: 'F32', 1: 'F16', 2: 'Q4_0', 3: 'Q4_1', 7: 'Q8_0', 8: 'Q5_0', 9: 'Q5_1', 10: 'Q2_K', 11: 'Q3_K_S', 12: 'Q3_K_M',
  13: 'Q3_K_L', 14: 'Q4_K_S', 15: 'Q4_K_M', 16: 'Q5_K_S', 17: 'Q5_K_M', 18: 'Q6_K', 32: 'BF16',
};

const enum ValueType {
  U8 = 0, I8 = 1, U16 = 2, I16 = 3, U32 = 4, I32 = 5, F32 = 6, BOOL = 7, STRING = 8, ARRAY = 9, U64 = 10, I64 = 11, F64 = 12,
}
const FIXED_SIZE: Readonly<Record<number, number>> = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };

const notGguf = (why: string): HearthFailure => new HearthFailure('not-a-model-file', `This is not a model file Hearth can use (${why}).`);

/** A forward-only reader over `readAt` with a one-megabyte window. */
class Cursor {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  offset = 0;

  constructor(private readonly readAt: ReadAt) {}

  private async ensure(length: number): Promise<DataView> {
    const end = this.offset + length;
    if (this.offset < this.windowStart || end > this.windowStart + this.window.length) {
      this.window = await this.readAt(this.offset, Math.max(length, CHUNK));
      this.windowStart = this.offset;
      if (this.window.length < length) throw notGguf('the file ends inside its header');
    }
    if (end > MAX_METADATA_BYTES) throw notGguf('its header is implausibly large');
    return new DataView(this.window.buffer, this.window.byteOffset + (this.offset - this.windowStart), length);
  }

  async u32(): Promise<number> {
    const v = (await this.ensure(4)).getUint32(0, true);
    this.offset += 4;
    return v;
  }

  async u64(): Promise<number> {
    const v = (await this.ensure(8)).getBigUint64(0, true);
    this.offset += 8;
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw notGguf('a count is out of range');
    return Number(v);
  }

  async bytes(length: number): Promise<Uint8Array> {
    if (length > MAX_STRING_BYTES) throw notGguf('a text field is implausibly long');
    const view = await this.ensure(length);
    this.offset += length;
    return new Uint8Array(view.buffer, view.byteOffset, length).slice();
  }

  async skip(length: number): Promise<void> {
    if (this.offset + length > MAX_METADATA_BYTES) throw notGguf('its header is implausibly large');
    this.offset += length;
  }

  async scalar(type: number): Promise<number | bigint | boolean> {
    const size = FIXED_SIZE[type];
    if (size === undefined) throw notGguf(`unknown value type ${type}`);
    const view = await this.ensure(size);
    this.offset += size;
    switch (type) {
      case ValueType.U8: return view.getUint8(0);
      case ValueType.I8: return view.getInt8(0);
      case ValueType.U16: return view.getUint16(0, true);
      case ValueType.I16: return view.getInt16(0, true);
      case ValueType.U32: return view.getUint32(0, true);
      case ValueType.I32: return view.getInt32(0, true);
      case ValueType.F32: return view.getFloat32(0, true);
      case ValueType.BOOL: return view.getUint8(0) !== 0;
      case ValueType.U64: return view.getBigUint64(0, true);
      case ValueType.I64: return view.getBigInt64(0, true);
      default: return view.getFloat64(0, true);
    }
  }
}

type Value = string | number | bigint | boolean | null;
const decoder = new TextDecoder('utf-8', { fatal: false });

/** Parses the header through `readAt`. Throws `not-a-model-file` for anything that is not GGUF. */
export async function readGgufHeader(readAt: ReadAt): Promise<GgufHeader> {
  const c = new Cursor(readAt);
  let magic: number;
  try {
    magic = await c.u32();
  } catch {
    throw notGguf('the file is empty');
  }
  if (magic !== MAGIC) throw notGguf('it does not start with the GGUF signature');
  const version = await c.u32();
  if (version < 1 || version > 3) throw notGguf(`GGUF version ${version} is not supported`);
  const count = (): Promise<number> => (version === 1 ? c.u32() : c.u64());
  const string = async (): Promise<string> => decoder.decode(await c.bytes(await count()));

  const tensorCount = await count();
  const keyCount = await count();
  if (keyCount > MAX_KEYS) throw notGguf('it claims too many metadata entries');

  const values = new Map<string, Value>();
  for (let i = 0; i < keyCount; i++) {
    const key = await string();
    const type = await c.u32();
    if (type === ValueType.STRING) values.set(key, await string());
    else if (type === ValueType.ARRAY) {
      const itemType = await c.u32();
      const items = await count();
      if (itemType === ValueType.STRING) for (let j = 0; j < items; j++) await c.skip(await count());
      else if (FIXED_SIZE[itemType] !== undefined) await c.skip(items * FIXED_SIZE[itemType]!);
      else throw notGguf('nested metadata arrays are not supported');
      values.set(key, null);
    } else values.set(key, await c.scalar(type));
  }

  const text = (key: string): string | null => {
    const v = values.get(key);
    return typeof v === 'string' && v.trim() ? v.trim() : null;
  };
  const int = (key: string): number | null => {
    const v = values.get(key);
    const n = typeof v === 'bigint' ? Number(v) : typeof v === 'number' ? v : NaN;
    return Number.isFinite(n) && n > 0 ? Math.round(n) : null;
  };
  const architecture = text('general.architecture');
  const fileType = values.get('general.file_type');
  return {
    version,
    tensorCount,
    architecture,
    name: text('general.name'),
    parameterCount: int('general.parameter_count'),
    quantization: typeof fileType === 'number' ? (FILE_TYPES[fileType] ?? null) : null,
    contextLength: architecture ? int(`${architecture}.context_length`) : null,
    hasChatTemplate: text('tokenizer.chat_template') !== null,
    license: text('general.license'),
  };
}
