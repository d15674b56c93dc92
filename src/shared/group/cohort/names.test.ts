import { describe, expect, it } from 'vitest';
import { allFirstNames, Culture, NAME_BANKS, nameBankFor, pickName } from './names';
import { Rng } from './random';

const none = { takenFirst: new Set<string>(), avoidDisplay: new Set<string>(), avoidFirst: new Set<string>() };

describe('name bank', () => {
  it('has at least 300 distinct first names across every culture', () => {
    expect(allFirstNames().length).toBeGreaterThanOrEqual(300);
    for (const culture of Culture.options) {
      const bank = NAME_BANKS[culture];
      expect(bank.women.length, culture).toBeGreaterThanOrEqual(15);
      expect(bank.men.length, culture).toBeGreaterThanOrEqual(15);
      expect(bank.neutral.length, culture).toBeGreaterThanOrEqual(1);
      expect(bank.initials).toMatch(/^[A-Z]{8,}$/);
    }
  });

  it('gives Indigenous peers names that fit their region', () => {
    expect(nameBankFor('indigenous', 'oceania').women).toContain('Aroha');
    expect(nameBankFor('indigenous', 'latam')).toBe(NAME_BANKS.latino);
    expect(nameBankFor('indigenous', 'us')).toBe(NAME_BANKS.indigenous);
  });

  it('has no duplicate names inside one list', () => {
    for (const bank of Object.values(NAME_BANKS)) {
      for (const list of [bank.women, bank.men, bank.neutral]) expect(new Set(list).size).toBe(list.length);
    }
  });
});

describe('pickName', () => {
  it('gives "First I." names from the right list', () => {
    const name = pickName(new Rng(3), NAME_BANKS.latino, 'woman', none);
    expect(NAME_BANKS.latino.women).toContain(name.first);
    expect(name.display).toBe(`${name.first} ${name.initial}.`);
  });

  it('never reuses a first name already in the group', () => {
    const taken = new Set(NAME_BANKS.white.men.slice(1));
    for (let seed = 0; seed < 50; seed += 1) {
      expect(pickName(new Rng(seed), NAME_BANKS.white, 'man', { ...none, takenFirst: taken }).first).toBe(NAME_BANKS.white.men[0]);
    }
  });

  it('prefers first names the user has not met, then reaches into other cultures', () => {
    const avoidFirst = new Set(NAME_BANKS.spanish.women);
    for (let seed = 0; seed < 50; seed += 1) {
      const name = pickName(new Rng(seed), NAME_BANKS.spanish, 'woman', { ...none, avoidFirst });
      expect(avoidFirst.has(name.first)).toBe(false);
    }
  });

  it('still returns a new display name when every first name has been met', () => {
    const everyone = new Set(allFirstNames());
    const name = pickName(new Rng(1), NAME_BANKS.black, 'man', { takenFirst: new Set(), avoidFirst: everyone, avoidDisplay: new Set(NAME_BANKS.black.men.map((n) => `${n} A.`)) });
    expect(name.first.length).toBeGreaterThan(0);
    expect(name.initial).not.toBe('A');
  });
});
