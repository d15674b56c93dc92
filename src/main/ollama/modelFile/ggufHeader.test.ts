import { describe, expect, it } from 'vitest';
import { ggufHeaderBytes, TINY_MODEL_METADATA } from '@tests/support/ggufFile';
import { readGgufHeader, type ReadAt } from './ggufHeader';

const fromBuffer = (bytes: Uint8Array): ReadAt => async (offset, length) => bytes.subarray(offset, Math.min(bytes.length, offset + length));

const failsAsNotAModel = async (bytes: Uint8Array): Promise<void> => {
  await expect(readGgufHeader(fromBuffer(bytes))).rejects.toMatchObject({ code: 'not-a-model-file' });
};

describe('readGgufHeader', () => {
  it('reads what Hearth needs from a GGUF v3 header', async () => {
    const header = await readGgufHeader(fromBuffer(ggufHeaderBytes()));
    expect(header).toEqual({
      version: 3,
      tensorCount: 0,
      architecture: 'llama',
      name: 'Tiny Test Llama',
      parameterCount: 3_212_749_824,
      quantization: 'Q4_K_M',
      contextLength: 4096,
      hasChatTemplate: true,
      license: 'test-only',
    });
  });

  it('walks over a vocabulary larger than its read window', async () => {
    const tokens = Array.from({ length: 150_000 }, (_, i) => `token-${i}`);
    const bytes = ggufHeaderBytes({ metadata: { 'general.architecture': 'gemma3', 'tokenizer.ggml.tokens': tokens, 'gemma3.context_length': 131072, 'general.file_type': 7 } });
    expect(bytes.length).toBeGreaterThan(2 * 1024 * 1024);
    const header = await readGgufHeader(fromBuffer(bytes));
    expect(header).toMatchObject({ architecture: 'gemma3', contextLength: 131072, quantization: 'Q8_0', hasChatTemplate: false, name: null });
  });

  it('rejects files that are not GGUF, with the reason in plain words', async () => {
    await failsAsNotAModel(new Uint8Array());
    await failsAsNotAModel(new TextEncoder().encode('PK\u0003\u0004 this is a zip file, not a model'));
    await failsAsNotAModel(ggufHeaderBytes({ version: 9 }));
  });

  it('rejects a header cut short and one that claims absurd sizes', async () => {
    const whole = ggufHeaderBytes();
    await failsAsNotAModel(whole.subarray(0, whole.length - 10));
    const huge = Buffer.from(ggufHeaderBytes({ metadata: { 'general.name': 'x' } }));
    huge.writeBigUInt64LE(2n ** 40n, 24); // the first key's length: a terabyte
    await failsAsNotAModel(huge);
  });

  it('keeps the default metadata realistic (the fixture is a llama-shaped model)', () => {
    expect(TINY_MODEL_METADATA['general.architecture']).toBe('llama');
  });
});
