import { describe, expect, it } from 'vitest';
import { CountryHelp } from '../knowledge/crisisLinesSchema';
import { allContacts, planHelp, selectLines, smsHref, telHref } from './crisisLineSelection';

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

const US_HELP = { covered: true as const, country: 'US', name: US.name, emergency: US.emergency, lines: US.lines, entry: US };

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
    expect(allContacts(line)).toEqual([
      { way: 'call', href: 'tel:988', number: '988' },
      { way: 'text', href: 'sms:988', number: '988' },
      { way: 'chat', href: 'https://988lifeline.org/chat', host: '988lifeline.org' },
    ]);
  });
});

/** A plan as one list of ids, in the order the panel shows them ("emergency" where the number goes). */
const order = (categories: Parameters<typeof planHelp>[1]): string[] => {
  const plan = planHelp(US_HELP, categories, 'en');
  const lines = plan.lines.map((l) => l.line.id);
  return plan.emergencyFirst ? ['emergency', ...lines] : [...lines, 'emergency'];
};

describe('planHelp', () => {
  it('suicide: crisis lines first, emergency number last', () => {
    expect(order(['suicide'])).toEqual(['us-988', 'us-ctl', 'emergency']);
  });

  it('distress (no category): crisis lines and the emergency number, then every other kind under them', () => {
    expect(order([])).toEqual(['us-988', 'us-ctl', 'emergency']);
    expect(planHelp(US_HELP, [], 'en').more.map((l) => l.line.id)).toEqual(['us-poison', 'us-dv', 'us-nurse']);
  });

  it('overdose: emergency first, then poison help, then crisis lines', () => {
    expect(order(['overdose', 'suicide'])).toEqual(['emergency', 'us-poison', 'us-988', 'us-ctl']);
  });

  it('medical emergency and harm to others: emergency first', () => {
    expect(order(['medical-emergency'])[0]).toBe('emergency');
    expect(order(['harm-to-others'])[0]).toBe('emergency');
  });

  it('abuse: the abuse line before the crisis lines', () => {
    expect(order(['abuse'])).toEqual(['us-dv', 'us-988', 'us-ctl', 'emergency']);
  });

  it('stopping treatment adds the non-urgent medical line', () => {
    expect(order(['stopping-treatment'])).toEqual(['us-988', 'us-ctl', 'us-nurse', 'emergency']);
  });

  it('never shows directories for a covered country, and every link is one a phone or browser opens', () => {
    const plan = planHelp(US_HELP, ['suicide', 'self-harm', 'overdose', 'medical-emergency', 'stopping-treatment', 'harm-to-others', 'abuse'], 'en');
    expect(plan.lines.map((l) => l.line.id)).not.toContain('us-dir');
    for (const contact of plan.lines.flatMap((l) => l.contacts)) expect(contact.href).toMatch(/^(?:tel:[+*]?\d+|sms:\+?\d+(?:\?&body=.+)?|https:\/\/.+)$/);
    expect(plan.lines.find((l) => l.line.id === 'us-dv')?.contacts.map((c) => c.href)).toEqual(['tel:18007997233', 'sms:88788?&body=START']);
    expect(plan.emergency).toEqual({ number: '911', href: 'tel:911' });
  });

  it('works on a fallback list without an emergency number', () => {
    expect(selectLines(US.lines, ['overdose']).map((l) => l.id)).toEqual(['us-poison', 'us-988', 'us-ctl']);
  });

  it('puts the emergency first for the same categories whether or not the country is covered', () => {
    const uncovered = { covered: false as const, country: 'ZZ', emergencyHint: 'your local emergency number', lines: [] };
    for (const categories of [['overdose'], ['suicide'], []] as const) {
      expect(planHelp(uncovered, categories, 'en').emergencyFirst).toBe(planHelp(US_HELP, categories, 'en').emergencyFirst);
    }
  });
});
