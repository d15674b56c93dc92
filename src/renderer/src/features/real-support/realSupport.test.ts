import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CrisisLines } from '@shared/knowledge/crisisLinesSchema';
import { PackRegistry } from '@shared/knowledge/packRegistry';
import { KnowledgePack } from '@shared/knowledge/packSchema';
import { realSupportFor } from './realSupport';

const resources = fileURLToPath(new URL('../../../../../resources/', import.meta.url));
const packs = readdirSync(join(resources, 'packs')).map((f) => KnowledgePack.parse(JSON.parse(readFileSync(join(resources, 'packs', f), 'utf8'))));
const registry = new PackRegistry(packs);
const lines = CrisisLines.parse(JSON.parse(readFileSync(join(resources, 'crisis-lines.json'), 'utf8')));

describe('real support listings', () => {
  it('puts the person’s own country first and other countries after', () => {
    const us = realSupportFor(registry, lines, 'lupus', 'US');
    expect(us.near.map((l) => l.org.country)).toEqual(us.near.map(() => 'US'));
    expect(us.near.length).toBeGreaterThan(0);
    expect(us.elsewhere.every((l) => l.org.country !== 'US' && l.org.country !== 'INTL')).toBe(true);
    expect(us.near.length + us.elsewhere.length + us.anywhere.length).toBe(registry.get('lupus')?.pack.organisations.length);
  });

  it('lists organisations that serve anyone under "anywhere"', () => {
    const hf = realSupportFor(registry, lines, 'heart-failure', 'ES');
    expect(hf.anywhere.length).toBeGreaterThan(0);
    expect(hf.near).toEqual([]);
  });

  it('always offers the general directories, without duplicates; every condition when none is chosen', () => {
    const none = realSupportFor(registry, lines, null, 'INTL');
    expect(none.directories.length).toBeGreaterThan(0);
    expect(new Set(none.directories.map((d) => d.id)).size).toBe(none.directories.length);
    expect(none.elsewhere.length).toBe(packs.reduce((n, p) => n + p.organisations.filter((o) => o.country !== 'INTL').length, 0));
  });
});
