import { describe, expect, it } from 'vitest';
import crisisLinesJson from '@resources/crisis-lines.json';
import { helpForCountry } from '../knowledge/crisisLines';
import { CrisisLines } from '../knowledge/crisisLinesSchema';
import { knownCrisisCategories } from './crisisTypes';
import { contactsFor, planHelp } from './crisisLineSelection';

const data = CrisisLines.parse(crisisLinesJson);
const ids = (lines: readonly { line: { id: string } }[]): string[] => lines.map((l) => l.line.id);
const line = (country: string, id: string) => {
  const found = data.countries.find((c) => c.country === country)?.lines.find((l) => l.id === id);
  if (!found) throw new Error(`${id} is missing from the crisis data`);
  return found;
};

describe('crisis panel lines (planHelp over the bundled data)', () => {
  it('988 can be called, texted and chatted, with dialable links', () => {
    expect(contactsFor(line('US', 'us-988')).map((c) => [c.way, c.href])).toEqual([
      ['call', 'tel:988'],
      ['text', 'sms:988'],
      ['chat', 'https://988lifeline.org/'],
    ]);
    expect(contactsFor(line('US', 'us-poison-help'))).toEqual([{ way: 'call', href: 'tel:18002221222', number: '1-800-222-1222' }]);
    expect(contactsFor(line('GB', 'gb-samaritans'))).toEqual([{ way: 'call', href: 'tel:116123', number: '116 123' }]);
  });

  it('a texting keyword is kept for the words and carried in the sms: body', () => {
    expect(contactsFor(line('US', 'us-988-spanish-text'))).toEqual([{ way: 'text', href: 'sms:988?&body=AYUDA', number: '988', keyword: 'AYUDA' }]);
    expect(contactsFor(line('ZA', 'za-sadag-cipla-helpline')).find((c) => c.way === 'text')).toEqual({ way: 'text', href: 'sms:31393', number: '31393' });
  });

  it('a line with a phone never offers its cited web page as a way in', () => {
    expect(contactsFor(line('SE', 'se-mind-sjalvmordslinjen')).map((c) => c.way)).toEqual(['call']);
  });

  it('US, opened from Get help now: crisis lines (English first), then poison and abuse; 911 after them', () => {
    const plan = planHelp(helpForCountry(data, 'US'), [], 'en');
    expect(ids(plan.lines)).toEqual(['us-988', 'us-crisis-text-line', 'us-988-spanish-text']);
    expect(ids(plan.more)).toEqual(['us-poison-help', 'us-domestic-violence-hotline']);
    expect(plan.emergency).toEqual({ number: '911', href: 'tel:911' });
    expect(plan.emergencyFirst).toBe(false);
  });

  it('Spanish speakers see the Spanish text line before the English-only one', () => {
    expect(ids(planHelp(helpForCountry(data, 'US'), ['suicide'], 'es').lines)).toEqual(['us-988', 'us-988-spanish-text', 'us-crisis-text-line']);
  });

  it('overdose: the emergency number first, then the poison line, then the crisis lines; nothing unrelated', () => {
    const plan = planHelp(helpForCountry(data, 'US'), ['overdose'], 'en');
    expect(plan.emergencyFirst).toBe(true);
    expect(ids(plan.lines)).toEqual(['us-poison-help', 'us-988', 'us-crisis-text-line', 'us-988-spanish-text']);
    expect(plan.more).toEqual([]);
  });

  it('abuse leads with the domestic violence hotline; suicide alone shows neither poison nor abuse lines', () => {
    expect(ids(planHelp(helpForCountry(data, 'US'), ['abuse'], 'en').lines)[0]).toBe('us-domestic-violence-hotline');
    const suicide = planHelp(helpForCountry(data, 'US'), ['suicide'], 'en');
    expect(ids(suicide.lines)).toEqual(['us-988', 'us-crisis-text-line', 'us-988-spanish-text']);
    expect(suicide.emergencyFirst).toBe(false);
  });

  it('medical emergency and harm to others put the emergency number first', () => {
    expect(planHelp(helpForCountry(data, 'GB'), ['medical-emergency'], 'en').emergencyFirst).toBe(true);
    expect(planHelp(helpForCountry(data, 'GB'), ['harm-to-others'], 'en').emergencyFirst).toBe(true);
  });

  it('GB: Samaritans and 999 (NHS 111 only under other help); ES: 024 and 112', () => {
    const gb = planHelp(helpForCountry(data, 'gb'), [], 'en');
    expect(ids(gb.lines)).toEqual(['gb-samaritans']);
    expect(ids(gb.more)).toEqual(['gb-nhs-111']);
    expect(gb.emergency?.number).toBe('999');
    const es = planHelp(helpForCountry(data, 'ES'), [], 'es');
    expect(ids(es.lines)).toEqual(['es-024']);
    expect(es.emergency).toEqual({ number: '112', href: 'tel:112' });
  });

  it('a country Hearth has no entry for gets the helpline directories and no emergency number', () => {
    const plan = planHelp(helpForCountry(data, 'JP'), ['suicide'], 'en');
    expect(plan.emergency).toBeUndefined();
    expect(plan.emergencyFirst).toBe(false);
    expect(ids(plan.lines)).toEqual(['intl-find-a-helpline', 'intl-befrienders']);
    expect(plan.lines[0]?.contacts).toEqual([{ way: 'website', href: 'https://findahelpline.com', host: 'findahelpline.com' }]);
    expect(planHelp(helpForCountry(data, 'JP'), ['overdose'], 'en').emergencyFirst).toBe(true);
  });

  it('ignores category names it does not know', () => {
    expect(knownCrisisCategories(['overdose', 'weather', 'abuse'])).toEqual(['overdose', 'abuse']);
  });
});
