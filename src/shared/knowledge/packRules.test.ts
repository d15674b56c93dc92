import { describe, expect, it } from 'vitest';
import type { CrisisLines } from './crisisLinesSchema';
import { checkCrisisLinesRules, checkPackRules, checkPackSet, countFacts, hostOf, isAllowedHost, parseAllowedDomains } from './packRules';
import { SAMPLE_ALLOWED_DOMAINS, samplePack } from '@tests/support/samplePack';

const options = { allowedDomains: SAMPLE_ALLOWED_DOMAINS, minFacts: 1, minSources: 1 };
const messages = (pack = samplePack()): string[] => checkPackRules(pack, options).map((p) => p.message);

describe('allowed domains', () => {
  it('parses one domain a line, ignoring comments and blanks', () => {
    expect(parseAllowedDomains('# header\nnhs.uk\n\n  CDC.gov  # US\n')).toEqual(['nhs.uk', 'cdc.gov']);
  });
  it('accepts the domain itself and subdomains, not look-alikes', () => {
    expect(isAllowedHost('https://www.nhs.uk/x', ['nhs.uk'])).toBe(true);
    expect(isAllowedHost('https://nhs.uk', ['nhs.uk'])).toBe(true);
    expect(isAllowedHost('https://evilnhs.uk/x', ['nhs.uk'])).toBe(false);
    expect(isAllowedHost('https://nhs.uk.evil.com/x', ['nhs.uk'])).toBe(false);
    expect(hostOf('https://user@Example.org:8443/p?q')).toBe('example.org');
  });
});

describe('checkPackRules', () => {
  it('passes a clean pack', () => {
    expect(messages()).toEqual([]);
    expect(countFacts(samplePack())).toBe(10);
  });

  it('reports a fact or source checked after today (a typo), and only when today is given', () => {
    const pack = samplePack();
    pack.experiences[1]!.checked = '2027-01-02';
    pack.sources[2]!.checked = '2027-05-01';
    expect(checkPackRules(pack, { ...options, today: '2027-01-01' }).map((p) => p.message)).toEqual([
      "Source 'src-charity' was checked on 2027-05-01, which is after today (2027-01-01)",
      "Fact 'exp-stomach' in experiences was checked on 2027-01-02, which is after today (2027-01-01)",
    ]);
    expect(messages(pack)).toEqual([]);
  });

  it('refuses a pack id shaped like a library topic id', () => {
    expect(messages({ ...samplePack(), id: 'medlineplus-1234' })).toContain("The pack id 'medlineplus-1234' has the form of a library topic id (medlineplus-<number>); choose another");
    expect(messages({ ...samplePack(), id: 'medlineplus-guide' })).toEqual([]);
  });

  it('names the fact and the undeclared source it cites', () => {
    const pack = samplePack();
    pack.experiences[0]!.sources = ['src-missing'];
    expect(messages(pack)).toContain("Fact 'exp-fatigue' in experiences cites source 'src-missing', which the pack does not declare");
  });

  it('reports a declared source nobody cites', () => {
    const pack = samplePack();
    pack.sources.push({ id: 'src-unused', title: 'Unused page', publisher: 'NHS', url: 'https://www.nhs.uk/unused/', checked: '2026-11-21' });
    expect(messages(pack)).toContain("Source 'src-unused' is declared but no fact cites it");
  });

  it('reports duplicate source ids and duplicate source URLs', () => {
    const pack = samplePack();
    pack.sources.push({ ...pack.sources[0]!, id: 'src-overview-again' });
    pack.sources.push({ ...pack.sources[1]! });
    pack.overview[0]!.sources = ['src-overview', 'src-overview-again'];
    const found = messages(pack);
    expect(found).toContain("Source id 'src-medicine' is declared 2 times");
    expect(found.some((m) => m.startsWith("Source URL 'https://www.nhs.uk/conditions/sample/' is declared 2 times"))).toBe(true);
  });

  it('reports duplicate fact ids across sections and duplicate treatment ids', () => {
    const pack = samplePack();
    pack.lifeTopics[0]!.id = 'exp-fatigue';
    pack.treatments.push({ ...pack.treatments[0]!, purpose: { ...pack.treatments[0]!.purpose, id: 'p2' }, sideEffects: [], selfManagement: [] });
    const found = messages(pack);
    expect(found).toContain("Fact id 'exp-fatigue' is used 2 times (experiences[0], lifeTopics[0])");
    expect(found).toContain("Treatment id 'samplezole' is used 2 times");
  });

  it('rejects non-https and unlisted domains for sources and organisations', () => {
    const pack = samplePack();
    pack.sources[2]!.url = 'http://www.example-charity.org/living';
    pack.organisations[0]!.url = 'https://www.unknown-site.com/groups';
    const found = messages(pack);
    expect(found).toContain("Source 'src-charity' uses 'http://www.example-charity.org/living', which is not an https address");
    expect(found).toContain("Organisation 'org-example' uses 'https://www.unknown-site.com/groups', whose domain 'www.unknown-site.com' is not in the allowed publisher list");
  });

  it('enforces the bundled minimum counts by default', () => {
    const found = checkPackRules(samplePack(), { allowedDomains: SAMPLE_ALLOWED_DOMAINS }).map((p) => p.message);
    expect(found).toContain('The pack has 10 facts; at least 30 are needed');
    expect(found).toContain('The pack has 3 sources; at least 5 are needed');
  });

  it('reports a pack id used twice in a set', () => {
    expect(checkPackSet([samplePack(), samplePack()])[0]?.message).toBe("Pack id 'sample-condition' is used by 2 packs");
  });
});

describe('checkCrisisLinesRules', () => {
  const data = (): CrisisLines => ({
    schemaVersion: 1,
    version: '1.0.0',
    sources: [{ id: 's1', title: 'Line page', publisher: 'NHS', url: 'https://www.nhs.uk/line/', checked: '2026-11-21' }],
    countries: [{
      country: 'GB', name: 'United Kingdom', emergency: '999', emergencySources: ['s1'],
      lines: [{ id: 'gb-line', kind: 'crisis', name: 'A line', description: 'For anyone struggling.', call: '116 123', languages: ['en'], hours: '24/7', sources: ['s1'] }],
    }],
    fallback: { emergencyHint: 'Call your local emergency number.', lines: [{ id: 'dir', kind: 'directory', name: 'Directory', description: 'Lists lines.', website: 'https://www.nhs.uk/dir', languages: ['en'], hours: 'Always', sources: ['s1'] }] },
  });

  it('passes clean data when the country minimum is met', () => {
    expect(checkCrisisLinesRules(data(), { allowedDomains: ['nhs.uk'], minCountries: 1 })).toEqual([]);
  });

  it('reports undeclared sources, duplicate line ids, bad websites and too few countries', () => {
    const d = data();
    d.countries[0]!.lines.push({ ...d.countries[0]!.lines[0]!, sources: ['s-missing'] });
    d.fallback.lines[0]!.website = 'https://findhelp.example.com';
    const found = checkCrisisLinesRules(d, { allowedDomains: ['nhs.uk'] }).map((p) => p.message);
    expect(found).toContain("Line 'gb-line' cites source 's-missing', which the crisis data does not declare");
    expect(found).toContain("Line id 'gb-line' is used 2 times");
    expect(found.some((m) => m.startsWith("Line 'dir' website uses 'https://findhelp.example.com'"))).toBe(true);
    expect(found).toContain('The crisis data covers 1 countries; at least 24 are needed');
  });
});
