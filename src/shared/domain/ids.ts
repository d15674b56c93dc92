import { z } from 'zod';

/** Record ids are random UUIDs made on this machine. */
export const Id = z.string().min(8).max(64);
export type Id = z.infer<typeof Id>;

/** Milliseconds since the epoch. */
export const Timestamp = z.number().int().nonnegative();

/** A new random id. */
export const newId = (): string => globalThis.crypto.randomUUID();
