// Test support: a fresh Hearth database on fake-indexeddb, and small fixtures. Not used by the app.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Persona } from '@shared/domain/index';
import { HearthDatabase } from '@renderer/db/database';
import { createRepositories, type Repositories } from '@renderer/db/repositories';

export function openTestDatabase(now?: () => number): Repositories {
  const db = new HearthDatabase(`hearth-test-${globalThis.crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  return createRepositories(db, now);
}

export function testPersona(overrides: Partial<Persona> = {}): Persona {
  return {
    id: 'p1',
    role: 'mirror',
    name: 'Rosa',
    age: 44,
    gender: 'woman',
    pronouns: 'she/her',
    background: 'grew up in a small town',
    setting: 'rural',
    lifeStage: 'working',
    condition: 'Lupus',
    conditionPackId: 'lupus',
    yearsSinceDiagnosis: 1,
    treatments: [],
    copingStyle: 'takes things a day at a time',
    voice: 'warm, short sentences',
    currentChallenge: 'fatigue at work',
    whatHelped: 'pacing her week',
    factKeys: [],
    avatar: { initials: 'R', hue: 20, motif: 'leaf' },
    ...overrides,
  };
}
