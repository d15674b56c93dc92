import { describe, expect, it } from 'vitest';
import { CountryHelp } from '../knowledge/crisisLinesSchema';
import { PanelEntry, contactActions, selectCrisisLines, selectLines, smsHref, telHref } from './crisisLineSelection';

const US = CountryHelp.parse({
  country: 'US',
  name: 'United States',
  emergency: '911',
  emergencySources: ['us-911'],
  lines: [
    { id: 'us-988', kind: 'crisis', name: '988 Suicide & Crisis Lifeline', description: 'Call or text any time for emotional support.', call: '988', text: { number: '988' }, chat: 'https://988lifeline.org/chat', languages: ['en', 'es'], hours: '24/7', sources: ['us-988'] },
    { id: 'us-ctl', kind: 'crisis', name: 'Crisis Text Line', description: 'Text with a trained volunteer.', text: { number: '741741', keyword: 'HOME' }, languages: ['en'], hours: '24/7', sources: ['us-ctl'] },
    { id: 'us-poison', kind: 'poison', name: 'Poison Help', description: 'Poison control experts, free and confidential.', call: '1-800-222-1222', website: 'https://www.poisonhelp.hrsa.gov', languages: ['en'], hours: '24/7', sources: ['us-poison'] },
    { id: 'us-dv', kind: 'abuse', name: 'National Domestic Violence Hotline', description: 'Support for anyone experiencing abuse.', call: '1 800 799 7233', text: { number: '88788', keyword: 'START' }, languages: ['en', 'es'], hours: '24/7', sources: ['us-dv'] },
    { id: 'us-nurse', kind: 'non-urgent-medical', name: 'Nurse line', description: 'Advice from a nurse when it is not an emergency.', call: '+1 555 010 0100', languages: ['en'], hours: '24/7', sources: ['us-nurse'] },
    { id: 'us-dir', kind: 'directory', name: 'Directory', description: 'A list of local services.', website: 'https://findtreatment.gov', languages: ['en'], hours: 'always', sources: ['us-dir'] },
  ],
});

const ids = (entries: PanelEntry[]): string[] => entries.map((e) => e.id);

describe('hrefs', () => {
  it('tel: keeps digits and a leading plus only', () => {
    expect(telHref('988')).toBe('tel:988');
    expect(telHref('1-800-222-1222')).toBe('tel:18002221222');
    expect(telHref(' +44 116 123 ')).toBe('tel:+44116123');
    expect(telHref('*4141')).toBe('tel:*4141');
  });

  it('sms: carries the keyword as the body', () => {
    expect(smsHref('741741', 'HOME')).toBe('sms:741741?&body=HOME');
    expect(smsHref('85 258')).toBe('sms:85258');
    expect(smsHref('741741', 'HELLO THERE')).toBe('sms:741741?&body=HELLO%20THERE');
  });

  it('lists call, text, chat and website in that order', () => {
    const line = US.lines[0];
    if (!line) throw new Error('fixture');
    expect(contactActions(line)).toEqual([
      { kind: 'call', href: 'tel:988', display: '988' },
      { kind: 'text', href: 'sms:988', display: '988' },
      { kind: 'chat', href: 'https://988lifeline.org/chat', display: '988lifeline.org' },
    ]);
  });
});

describe('selectCrisisLines', () => {
  it('suicide: crisis lines first, emergency number last', () => {
    expect(ids(selectCrisisLines(US, ['suicide']))).toEqual(['us-988', 'us-ctl', 'emergency-us']);
  });

  it('distress (no category): crisis lines and the emergency number', () => {
    expect(ids(selectCrisisLines(US, []))).toEqual(['us-988', 'us-ctl', 'emergency-us']);
  });

  it('overdose: emergency first, then poison help, then crisis lines', () => {
    expect(ids(selectCrisisLines(US, ['overdose', 'suicide']))).toEqual(['emergency-us', 'us-poison', 'us-988', 'us-ctl']);
  });

  it('medical emergency and harm to others: emergency first', () => {
    expect(ids(selectCrisisLines(US, ['medical-emergency']))[0]).toBe('emergency-us');
    expect(ids(selectCrisisLines(US, ['harm-to-others']))[0]).toBe('emergency-us');
  });

  it('abuse: the abuse line before the crisis lines', () => {
    expect(ids(selectCrisisLines(US, ['abuse']))).toEqual(['us-dv', 'us-988', 'us-ctl', 'emergency-us']);
  });

  it('stopping treatment adds the non-urgent medical line', () => {
    expect(ids(selectCrisisLines(US, ['stopping-treatment']))).toEqual(['us-988', 'us-ctl', 'us-nurse', 'emergency-us']);
  });

  it('never shows directories in the crisis panel and every entry is valid', () => {
    const all = selectCrisisLines(US, ['suicide', 'self-harm', 'overdose', 'medical-emergency', 'stopping-treatment', 'harm-to-others', 'abuse']);
    expect(ids(all)).not.toContain('us-dir');
    for (const entry of all) expect(PanelEntry.safeParse(entry).success).toBe(true);
    expect(all.find((e) => e.id === 'us-dv')?.actions.map((a) => a.href)).toEqual(['tel:18007997233', 'sms:88788?&body=START']);
  });

  it('works on a fallback list without an emergency number', () => {
    expect(ids(selectLines(US.lines, ['overdose']))).toEqual(['us-poison', 'us-988', 'us-ctl']);
  });
});
