import { describe, expect, it } from 'vitest';
import { PackRegistry } from './packRegistry';
import { samplePack } from '@tests/support/samplePack';

const imported = () => ({ ...samplePack(), id: 'community-pack', name: 'A community pack' });

describe('PackRegistry', () => {
  it('holds bundled packs and lists them by name', () => {
    const registry = new PackRegistry([samplePack()]);
    expect(registry.get('sample-condition')?.origin).toBe('bundled');
    expect(registry.bundledIds()).toEqual(['sample-condition']);
    expect(registry.searchEntries()).toEqual([{ packId: 'sample-condition', name: 'Sample condition', synonyms: ['SC', 'sample illness'] }]);
  });

  it('adds, replaces and removes imported packs, marking their facts imported', () => {
    const registry = new PackRegistry([samplePack()]);
    expect(registry.addImported(imported())).toEqual({ ok: true, replaced: false });
    expect(registry.addImported(imported())).toEqual({ ok: true, replaced: true });
    expect(registry.list().map((p) => p.pack.id)).toEqual(['community-pack', 'sample-condition']);
    expect(registry.facts(['community-pack']).every((f) => f.origin === 'imported')).toBe(true);
    expect(registry.fact('community-pack/exp-fatigue')?.origin).toBe('imported');
    expect(registry.fact('sample-condition/exp-fatigue')?.origin).toBe('bundled');
    expect(registry.removeImported('community-pack')).toBe(true);
    expect(registry.get('community-pack')).toBeUndefined();
  });

  it('never lets an import take over or remove a bundled pack', () => {
    const registry = new PackRegistry([samplePack()]);
    expect(registry.addImported(samplePack()).ok).toBe(false);
    expect(registry.removeImported('sample-condition')).toBe(false);
    expect(registry.get('sample-condition')?.origin).toBe('bundled');
  });

  it('returns all facts when no ids are given, and none for unknown ids', () => {
    const registry = new PackRegistry([samplePack()]);
    expect(registry.facts()).toHaveLength(10);
    expect(registry.facts(['missing'])).toEqual([]);
  });
});
