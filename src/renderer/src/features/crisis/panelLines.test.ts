import { describe, expect, it } from 'vitest';
import crisisLinesJson from '../../../../../resources/crisis-lines.json';
import { helpForCountry } from '../../../../shared/knowledge/crisisLines';
import { CrisisLines } from '../../../../shared/knowledge/crisisLinesSchema';
import { contactsFor, knownCategories, planPanel, smsHref, telHref } from './panelLines';

const data = CrisisLines.parse(crisisLinesJson);
const ids = (lines: readonly { line: { id: string } }[]): string[] => lines.map((l) => l.line.id);

describe('crisis panel lines', () => {
  it('builds dialable tel: and sms: links', () => {
    expect(telHref('1-800-222-1222')).toBe('tel:18002221222');
    expect(telHref('116 123')).toBe('tel:116123');
    expect(smsHref('741741', 'NAMI')).toBe('sms:741741?&body=NAMI');
    expect(smsHref('0477 13 11 14')).toBe('sms:0477131114');
  });

  it('US, opened from Get help now: 988 and the Crisis Text Line first, then poison, abuse; 911', () => {
    const plan = planPanel(helpForCountry(data, 'US'), [], 'en');
    expect(ids(plan.lines)).toEqual(['us-988', 'us-crisis-text-line', 'us-988-spanish-text']);
    expect(ids(plan.more)).toEqual(['us-poison-help', 'us-domestic-violence-hotline']);
    expect(plan.emergency).toEqual({ number: '911', href: 'tel:911' });
    expect(plan.emergencyFirst).toBe(false);
  });

  it('988 can be called, texted and chatted', () => {
    const line = data.countries.find((c) => c.country === 'US')?.lines.find((l) => l.id === 'us-988');
    expect(line).toBeDefined();
    if (!line) return;
    expect(contactsFor(line).map((c) => [c.way, c.href])).toEqual([
      ['call', 'tel:988'],
      ['text', 'sms:988'],
      ['chat', 'https://988lifeline.org/get-help/what-to-expect'],
    ]);
  });

  it('Spanish speakers see the Spanish text line before the English-only one', () => {
    const plan = planPanel(helpForCountry(data, 'US'), ['suicide'], 'es');
    expect(ids(plan.lines)).toEqual(['us-988', 'us-988-spanish-text', 'us-crisis-text-line']);
  });

  it('overdose: the emergency number first and the poison line, nothing unrelated', () => {
    const plan = planPanel(helpForCountry(data, 'US'), ['overdose'], 'en');
    expect(plan.emergencyFirst).toBe(true);
    expect(ids(plan.lines)).toContain('us-poison-help');
    expect(ids(plan.lines)).not.toContain('us-domestic-violence-hotline');
    expect(plan.more).toEqual([]);
  });

  it('abuse adds the domestic violence hotline; suicide alone does not', () => {
    expect(ids(planPanel(helpForCountry(data, 'US'), ['abuse'], 'en').lines)).toContain('us-domestic-violence-hotline');
    const suicide = planPanel(helpForCountry(data, 'US'), ['suicide'], 'en');
    expect(ids(suicide.lines)).not.toContain('us-domestic-violence-hotline');
    expect(ids(suicide.lines)).not.toContain('us-poison-help');
    expect(suicide.emergencyFirst).toBe(false);
  });

  it('medical emergency and harm to others put the emergency number first', () => {
    expect(planPanel(helpForCountry(data, 'GB'), ['medical-emergency'], 'en').emergencyFirst).toBe(true);
    expect(planPanel(helpForCountry(data, 'GB'), ['harm-to-others'], 'en').emergencyFirst).toBe(true);
  });

  it('GB: Samaritans and 999; ES: 024 and 112', () => {
    const gb = planPanel(helpForCountry(data, 'gb'), ['suicide'], 'en');
    expect(ids(gb.lines)).toEqual(['gb-samaritans']);
    expect(gb.lines[0]?.contacts[0]).toEqual({ way: 'call', href: 'tel:116123', number: '116 123' });
    expect(gb.emergency?.number).toBe('999');
    const es = planPanel(helpForCountry(data, 'ES'), [], 'es');
    expect(ids(es.lines)).toEqual(['es-024']);
    expect(es.emergency?.number).toBe('112');
  });

  it('a country Hearth has no entry for gets the helpline directories and no emergency number', () => {
    const plan = planPanel(helpForCountry(data, 'BR'), ['suicide'], 'en');
    expect(plan.emergency).toBeUndefined();
    expect(ids(plan.lines)).toEqual(['intl-find-a-helpline', 'intl-befrienders']);
    expect(plan.lines[0]?.contacts).toEqual([{ way: 'website', href: 'https://findahelpline.com', host: 'findahelpline.com' }]);
  });

  it('a line with a phone never offers its cited web page as a way in', () => {
    const nl = planPanel(helpForCountry(data, 'NL'), [], 'en');
    expect(nl.lines[0]?.contacts.map((c) => c.way)).toEqual(['call']);
  });

  it('ignores category names it does not know', () => {
    expect(knownCategories(['overdose', 'weather', 'abuse'])).toEqual(['overdose', 'abuse']);
  });
});
