import { describe, expect, it } from 'vitest';
import * as bank from './helpedBank';
import type { HelpEntry } from './helpedBank';
import { fill } from './text';

const all: HelpEntry[] = Object.values(bank).filter((v): v is readonly HelpEntry[] => Array.isArray(v)).flat();

describe('what-helped bank', () => {
  it('has unique ids', () => {
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
  });

  it('fills completely in both languages and stays short', () => {
    for (const entry of all) {
      for (const language of ['en', 'es'] as const) {
        for (const gender of ['woman', 'man', 'nonbinary'] as const) {
          const text = fill(entry[language], gender, { org: 'Crohn’s & Colitis Foundation of America', treatment: 'biologic and other targeted medicines' });
          expect(text, entry.id).not.toMatch(/[{}]/);
          expect(text.length, entry.id).toBeLessThanOrEqual(240);
        }
      }
    }
  });

  it('is the peer’s own experience, not an instruction', () => {
    for (const entry of all) {
      expect(entry.en, entry.id).not.toMatch(/\byou(r)?\b|\bshould\b|\bmake sure\b|^(try|take|stop|start|ask|don't)\b/i);
      expect(entry.es, entry.id).not.toMatch(/\b(deberías|debes|tienes que|te recomiendo|prueba a)\b/i);
    }
  });

  it('names an organisation or treatment only where the entry is grounded in one', () => {
    for (const entry of all) {
      expect(entry.en.includes('{org}'), entry.id).toBe(entry.needs.kind === 'organisation');
      expect(entry.en.includes('{treatment}'), entry.id).toBe(entry.needs.kind === 'tip');
      expect(entry.es, entry.id).not.toContain('{treatment}');
    }
  });
});
