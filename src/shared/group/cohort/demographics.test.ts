import { describe, expect, it } from 'vitest';
import { capYears, genderOdds, intersect, pronounsFor, sampleAgeAndYears, sampleLifeStage, sampleYears, wishedAges, yearsRange } from './demographics';
import { Rng } from './random';

describe('gender odds', () => {
  it('are even without a figure, and follow femaleShare with a small nonbinary share', () => {
    expect(genderOdds(null, 'condition')).toEqual({ woman: 0.485, man: 0.485, nonbinary: 0.03 });
    expect(genderOdds(null, 'carers').woman).toBe(0.6);
  });

  it('say pronouns in both languages', () => {
    expect(pronounsFor('nonbinary', 'en')).toBe('they/them');
    expect(pronounsFor('woman', 'es')).toBe('ella');
  });
});

describe('years and ages', () => {
  it('gives each role its span, and the Mirror the newest when the user is just diagnosed', () => {
    expect(yearsRange('veteran', 'condition', false)).toEqual({ min: 15, max: 30 });
    expect(yearsRange('mirror', 'condition', true).max).toBe(0.5);
    expect(yearsRange('ally', 'condition', true).min).toBe(2);
    expect(yearsRange('navigator', 'newly-diagnosed', false)).toEqual({ min: 0.5, max: 2 });
    expect(yearsRange('veteran', 'newly-diagnosed', false).min).toBe(15);
    expect(capYears({ min: 15, max: 30 }, 5)).toEqual({ min: 5, max: 5 });
  });

  it('counts short spans in whole months', () => {
    const rng = new Rng(2);
    for (let i = 0; i < 100; i += 1) {
      const y = sampleYears(rng, { min: 1 / 12, max: 0.5 });
      expect(Math.abs(y * 12 - Math.round(y * 12))).toBeLessThan(0.07);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThanOrEqual(0.5);
    }
  });

  it('keeps free ages adult and never has the diagnosis before birth', () => {
    const rng = new Rng(3);
    for (let i = 0; i < 500; i += 1) {
      const { age, years } = sampleAgeAndYears(rng, null, { min: 15, max: 30 });
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(88);
      expect(years).toBeLessThan(age);
    }
  });

  it('draws targeted ages inside the window', () => {
    const rng = new Rng(4);
    for (let i = 0; i < 500; i += 1) {
      const { age, years } = sampleAgeAndYears(rng, null, { min: 4, max: 14 }, { min: 20, max: 24 });
      expect(age).toBeGreaterThanOrEqual(20);
      expect(age).toBeLessThanOrEqual(24);
      expect(years).toBeLessThanOrEqual(age - 12);
    }
  });

  it('reads the user’s age wish: close for the Mirror, looser for others, inside an explicit range', () => {
    expect(wishedAges({ self: { age: 45 } }, true)).toEqual({ min: 42, max: 48 });
    expect(wishedAges({ self: { age: 45 } }, false)).toEqual({ min: 39, max: 51 });
    expect(wishedAges({ self: { age: 45 }, ageRange: { min: 44, max: 60 } }, false)).toEqual({ min: 44, max: 51 });
    expect(wishedAges({ ageRange: { min: 30, max: 20 } }, false)).toEqual({ min: 20, max: 30 });
    expect(wishedAges({ self: { age: 110 } }, true)).toEqual({ min: 94, max: 100 });
    expect(wishedAges({}, true)).toBeUndefined();
    expect(intersect({ min: 1, max: 2 }, { min: 3, max: 4 })).toBeUndefined();
  });

  it('picks life stages that fit the age', () => {
    const rng = new Rng(5);
    for (let i = 0; i < 200; i += 1) {
      expect(['student', 'young-adult']).toContain(sampleLifeStage(rng, 19, undefined));
      expect(['retired', 'carer']).toContain(sampleLifeStage(rng, 75, undefined));
    }
    expect(sampleLifeStage(rng, 75, 'student')).toBe('student');
  });
});
