// The checks a schema cannot express: every citation resolves, every source earns its place, ids are
// unique, and every address is https on a reviewed publisher domain. Used by the checker script and by
// pack import, so both report the same specific problems.
import type { CrisisLines } from './crisisLinesSchema';
import type { Fact, KnowledgePack } from './packSchema';

/** One specific thing wrong with a pack or the crisis data, with where it is. */
export interface PackProblem {
  readonly packId: string;
  /** Where in the file, e.g. "treatments[0].sideEffects[2]". */
  readonly path: string;
  readonly message: string;
}

/** Limits a pack must meet; bundled packs use the defaults, imports may relax the counts. */
export interface PackRuleOptions {
  /** Publisher domains a URL's host must equal or be a subdomain of. */
  readonly allowedDomains: readonly string[];
  readonly minFacts?: number;
  readonly minSources?: number;
  /** Today (YYYY-MM-DD): a `checked` date after it is a typo, reported as a problem. Omitted: not checked. */
  readonly today?: string;
}

export const BUNDLED_MIN_FACTS = 30;
export const BUNDLED_MIN_SOURCES = 5;
export const MIN_CRISIS_COUNTRIES = 24;

/** Reads the allowed-domains list: one domain a line, "#" starts a comment. */
export function parseAllowedDomains(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim().toLowerCase())
    .filter((line) => line.length > 0);
}

/** The lowercase host of an absolute URL, or undefined when it is not one. */
export function hostOf(url: string): string | undefined {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase();
}

/** True when the URL's host is an allowed domain or a subdomain of one. */
export function isAllowedHost(url: string, allowedDomains: readonly string[]): boolean {
  const host = hostOf(url);
  if (!host) return false;
  return allowedDomains.some((d) => host === d || host.endsWith(`.${d}`));
}

function checkUrl(problems: PackProblem[], packId: string, path: string, what: string, url: string, allowed: readonly string[]): void {
  if (!/^https:\/\//i.test(url)) {
    problems.push({ packId, path, message: `${what} uses '${url}', which is not an https address` });
  } else if (!isAllowedHost(url, allowed)) {
    problems.push({ packId, path, message: `${what} uses '${url}', whose domain '${hostOf(url) ?? '?'}' is not in the allowed publisher list` });
  }
}

function findDuplicates<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  items.forEach((item, i) => {
    const k = keyOf(item);
    seen.set(k, [...(seen.get(k) ?? []), i]);
  });
  return new Map([...seen].filter(([, idx]) => idx.length > 1));
}

/** A citable item of a pack with where it sits. */
export interface LocatedFact {
  readonly fact: Pick<Fact, 'id' | 'sources' | 'checked'>;
  readonly path: string;
  readonly section: string;
}

/** Every citable item of a pack with where it sits, in file order. */
export function locateFacts(pack: KnowledgePack): LocatedFact[] {
  const out: LocatedFact[] = [];
  pack.overview.forEach((fact, i) => out.push({ fact, path: `overview[${i}]`, section: 'overview' }));
  pack.experiences.forEach((fact, i) => out.push({ fact, path: `experiences[${i}]`, section: 'experiences' }));
  pack.treatments.forEach((t, ti) => {
    out.push({ fact: t.purpose, path: `treatments[${ti}].purpose`, section: `treatment '${t.id}'` });
    t.sideEffects.forEach((fact, i) => out.push({ fact, path: `treatments[${ti}].sideEffects[${i}]`, section: `side effects of '${t.id}'` }));
    t.selfManagement.forEach((fact, i) => out.push({ fact, path: `treatments[${ti}].selfManagement[${i}]`, section: `self-management of '${t.id}'` }));
  });
  pack.coOccurring.forEach((fact, i) => out.push({ fact, path: `coOccurring[${i}]`, section: 'coOccurring' }));
  const d = pack.demographics;
  if (d.onsetAge) out.push({ fact: d.onsetAge, path: 'demographics.onsetAge', section: 'demographics' });
  if (d.femaleShare) out.push({ fact: d.femaleShare, path: 'demographics.femaleShare', section: 'demographics' });
  d.notes.forEach((fact, i) => out.push({ fact, path: `demographics.notes[${i}]`, section: 'demographics' }));
  pack.lifeTopics.forEach((fact, i) => out.push({ fact, path: `lifeTopics[${i}]`, section: 'lifeTopics' }));
  pack.organisations.forEach((fact, i) => out.push({ fact, path: `organisations[${i}]`, section: 'organisations' }));
  return out;
}

/** The number of citable facts in a pack (organisations and treatment purposes included). */
export function countFacts(pack: KnowledgePack): number {
  return locateFacts(pack).length;
}

/** Checks one pack beyond its schema; returns every problem found, or an empty list. */
export function checkPackRules(pack: KnowledgePack, options: PackRuleOptions): PackProblem[] {
  const problems: PackProblem[] = [];
  const p = (path: string, message: string): void => void problems.push({ packId: pack.id, path, message });
  const minFacts = options.minFacts ?? BUNDLED_MIN_FACTS;
  const minSources = options.minSources ?? BUNDLED_MIN_SOURCES;

  for (const [id, idx] of findDuplicates(pack.sources, (s) => s.id)) p(`sources[${idx[1]}]`, `Source id '${id}' is declared ${idx.length} times`);
  for (const [url, idx] of findDuplicates(pack.sources, (s) => s.url)) {
    p(`sources[${idx[1]}]`, `Source URL '${url}' is declared ${idx.length} times (as ${idx.map((i) => `'${pack.sources[i]?.id}'`).join(', ')})`);
  }
  pack.sources.forEach((s, i) => checkUrl(problems, pack.id, `sources[${i}]`, `Source '${s.id}'`, s.url, options.allowedDomains));
  if (options.today) {
    const today = options.today;
    pack.sources.forEach((s, i) => {
      if (s.checked > today) p(`sources[${i}]`, `Source '${s.id}' was checked on ${s.checked}, which is after today (${today})`);
    });
  }

  const declared = new Set(pack.sources.map((s) => s.id));
  const used = new Set<string>();
  const facts = locateFacts(pack);
  for (const { fact, path, section } of facts) {
    if (options.today && fact.checked > options.today) p(path, `Fact '${fact.id}' in ${section} was checked on ${fact.checked}, which is after today (${options.today})`);
    if (fact.sources.length === 0) p(path, `Fact '${fact.id}' in ${section} has no source`);
    for (const sid of fact.sources) {
      used.add(sid);
      if (!declared.has(sid)) p(path, `Fact '${fact.id}' in ${section} cites source '${sid}', which the pack does not declare`);
    }
  }
  pack.sources.forEach((s, i) => {
    if (!used.has(s.id)) p(`sources[${i}]`, `Source '${s.id}' is declared but no fact cites it`);
  });

  for (const [id, idx] of findDuplicates(facts, (f) => f.fact.id)) {
    p(facts[idx[1] ?? 0]?.path ?? '', `Fact id '${id}' is used ${idx.length} times (${idx.map((i) => facts[i]?.path).join(', ')})`);
  }
  for (const [id, idx] of findDuplicates(pack.treatments, (t) => t.id)) p(`treatments[${idx[1]}]`, `Treatment id '${id}' is used ${idx.length} times`);
  pack.organisations.forEach((o, i) => checkUrl(problems, pack.id, `organisations[${i}]`, `Organisation '${o.id}'`, o.url, options.allowedDomains));
  if (pack.coOccurring.some((c) => c.packId === pack.id)) p('coOccurring', `A co-occurring condition points back at this pack ('${pack.id}')`);
  // Those ids belong to the MedlinePlus library's topics; a pack named so would be looked up there.
  if (/^medlineplus-\d+$/.test(pack.id)) p('id', `The pack id '${pack.id}' has the form of a library topic id (medlineplus-<number>); choose another`);

  if (facts.length < minFacts) p('', `The pack has ${facts.length} facts; at least ${minFacts} are needed`);
  if (pack.sources.length < minSources) p('sources', `The pack has ${pack.sources.length} sources; at least ${minSources} are needed`);
  return problems;
}

/** Checks a set of packs together: a pack id may appear only once. */
export function checkPackSet(packs: readonly KnowledgePack[]): PackProblem[] {
  return [...findDuplicates(packs, (p) => p.id)].map(([id, idx]) => ({ packId: id, path: '', message: `Pack id '${id}' is used by ${idx.length} packs` }));
}

/** Options for the crisis data: the reviewed domains and the least number of countries. */
export interface CrisisRuleOptions {
  readonly allowedDomains: readonly string[];
  readonly minCountries?: number;
}

/** Checks the crisis data beyond its schema, reported under the pseudo pack id "crisis-lines". */
export function checkCrisisLinesRules(data: CrisisLines, options: CrisisRuleOptions): PackProblem[] {
  const problems: PackProblem[] = [];
  const p = (path: string, message: string): void => void problems.push({ packId: 'crisis-lines', path, message });
  const declared = new Set(data.sources.map((s) => s.id));
  const used = new Set<string>();
  const cite = (path: string, what: string, ids: readonly string[]): void => {
    for (const id of ids) {
      used.add(id);
      if (!declared.has(id)) p(path, `${what} cites source '${id}', which the crisis data does not declare`);
    }
  };

  for (const [id, idx] of findDuplicates(data.sources, (s) => s.id)) p(`sources[${idx[1]}]`, `Source id '${id}' is declared ${idx.length} times`);
  for (const [url, idx] of findDuplicates(data.sources, (s) => s.url)) p(`sources[${idx[1]}]`, `Source URL '${url}' is declared ${idx.length} times`);
  data.sources.forEach((s, i) => checkUrl(problems, 'crisis-lines', `sources[${i}]`, `Source '${s.id}'`, s.url, options.allowedDomains));
  for (const [code] of findDuplicates(data.countries, (c) => c.country)) p('countries', `Country '${code}' appears more than once`);

  const lines = [
    ...data.countries.flatMap((c, ci) => c.lines.map((line, li) => ({ line, path: `countries[${ci}].lines[${li}]` }))),
    ...data.fallback.lines.map((line, li) => ({ line, path: `fallback.lines[${li}]` })),
  ];
  data.countries.forEach((c, ci) => cite(`countries[${ci}]`, `The emergency number of ${c.country}`, c.emergencySources));
  for (const { line, path } of lines) {
    cite(path, `Line '${line.id}'`, line.sources);
    if (line.website) checkUrl(problems, 'crisis-lines', path, `Line '${line.id}' website`, line.website, options.allowedDomains);
    if (line.chat) checkUrl(problems, 'crisis-lines', path, `Line '${line.id}' chat`, line.chat, options.allowedDomains);
  }
  for (const [id, idx] of findDuplicates(lines, (l) => l.line.id)) p(lines[idx[1] ?? 0]?.path ?? '', `Line id '${id}' is used ${idx.length} times`);
  data.sources.forEach((s, i) => {
    if (!used.has(s.id)) p(`sources[${i}]`, `Source '${s.id}' is declared but nothing cites it`);
  });
  const minCountries = options.minCountries ?? MIN_CRISIS_COUNTRIES;
  if (data.countries.length < minCountries) p('countries', `The crisis data covers ${data.countries.length} countries; at least ${minCountries} are needed`);
  return problems;
}
