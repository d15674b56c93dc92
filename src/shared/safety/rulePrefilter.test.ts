import { describe, expect, it } from 'vitest';
import { IN_REPO_AUTHORS, readAuthors } from '@scripts/safety-authors';
import { ALL_RULES } from './crisisSignals';
import { blankIdioms } from './idioms';
import { normalizeText } from './normalize';
import { IDIOM_EXAMPLES, RULE_EXAMPLES } from '@tests/support/ruleExamples';
import { mayMatch, requiredLiterals } from './rulePrefilter';

describe('requiredLiterals', () => {
  it('keeps only literals every match must contain', () => {
    expect(requiredLiterals(/\b(?:i want to die|kill myself)\b/g)).toEqual(['i want to die', 'kill myself']);
    expect(requiredLiterals(/\b(?:(?:really )?want to (?:die|be dead))\b/g)).toEqual(['want to ']);
    expect(requiredLiterals(/\b(?:pills?|tablets)\b/g)).toEqual(['pill', 'tablets']);
    expect(requiredLiterals(/\b(?:\w+ly|[a-z]+)\b/g)).toBeNull();
    expect(requiredLiterals(/\b(?:go(?=ne)|x{0,2}yz)\b/g)).toEqual(['go', 'yz']);
    expect(requiredLiterals(/caf\u00e9/g)).toEqual(['caf']);
    expect(requiredLiterals(/abc/gi)).toBeNull();
  });

  it('lets a text through whenever it holds one of the literals', () => {
    expect(mayMatch(['want to '], 'i want to be dead')).toBe(true);
    expect(mayMatch(['want to '], 'i am fine')).toBe(false);
    expect(mayMatch(null, 'anything')).toBe(true);
  });
});

describe('the prefilter never hides a match of a crisis rule', () => {
  const texts = [
    ...Object.values(RULE_EXAMPLES).flat(),
    ...Object.values(IDIOM_EXAMPLES).flat(),
    ...readAuthors(IN_REPO_AUTHORS).flatMap((a) => [...a.users.flatMap((u) => [u.text, ...(u.recent ?? [])]), ...a.peers.map((p) => p.text)]),
  ].map((t) => blankIdioms(normalizeText(t)).text);

  it('on every rule example and every evaluation text', () => {
    const literals = ALL_RULES.map((r) => requiredLiterals(r.pattern));
    // Most rules get a prefilter; the rest are always run.
    expect(literals.filter((l) => l !== null).length).toBeGreaterThan(ALL_RULES.length * 0.8);
    const misses: string[] = [];
    for (const text of texts) {
      ALL_RULES.forEach((rule, i) => {
        rule.pattern.lastIndex = 0;
        if (rule.pattern.test(text) && !mayMatch(literals[i] ?? null, text)) misses.push(rule.id);
        rule.pattern.lastIndex = 0;
      });
    }
    expect(misses).toEqual([]);
  });
});
