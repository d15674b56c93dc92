// Which help the crisis panel shows, in what order, with the links that reach it. Pure: the panel must
// open at once from bundled data, with no model and no network.
import type { CrisisHelp } from '../../../../shared/knowledge/crisisLines';
import type { HelpLine, LineKind } from '../../../../shared/knowledge/crisisLinesSchema';
import { CrisisCategory } from '../../../../shared/safety/crisisTypes';

/** One way to reach a line: the link to open and what to show as text beside it. */
export type Contact =
  | { readonly way: 'call'; readonly href: string; readonly number: string }
  | { readonly way: 'text'; readonly href: string; readonly number: string; readonly keyword?: string }
  | { readonly way: 'chat' | 'website'; readonly href: string; readonly host: string };

/** A line as the panel shows it. */
export interface PanelLine {
  readonly line: HelpLine;
  readonly contacts: readonly Contact[];
  /** Whether the line answers in the interface language (lines that do come first). */
  readonly speaksLanguage: boolean;
}

/** What the panel shows for one country and one set of categories. */
export interface PanelPlan {
  /** The emergency number, or undefined where Hearth has no checked entry for the country. */
  readonly emergency: { readonly number: string; readonly href: string } | undefined;
  /** Medical emergency, overdose or harm to others: the emergency number goes above everything else. */
  readonly emergencyFirst: boolean;
  /** The lines the situation calls for, most relevant first. */
  readonly lines: readonly PanelLine[];
  /** Other kinds of help, shown under them when the panel was opened without a detected situation. */
  readonly more: readonly PanelLine[];
}

const EMERGENCY_FIRST: ReadonlySet<CrisisCategory> = new Set(['medical-emergency', 'overdose', 'harm-to-others']);

/** The kinds of line each category calls for, beyond the crisis line every situation gets. */
const KINDS_FOR: Readonly<Record<CrisisCategory, readonly LineKind[]>> = {
  suicide: [],
  'self-harm': [],
  overdose: ['poison'],
  'medical-emergency': [],
  'stopping-treatment': ['non-urgent-medical'],
  'harm-to-others': [],
  abuse: ['abuse'],
};

/** Shown to anyone who opens the panel themselves, in this order after the crisis lines. */
const OTHER_KINDS: readonly LineKind[] = ['poison', 'abuse', 'non-urgent-medical', 'emergency'];

/** The categories the panel knows, from whatever the caller passed (unknown names are ignored). */
export function knownCategories(categories: readonly string[]): CrisisCategory[] {
  return categories.flatMap((c) => {
    const parsed = CrisisCategory.safeParse(c);
    return parsed.success ? [parsed.data] : [];
  });
}

/** A dialable tel: link: spaces and dashes are not part of the number. */
export const telHref = (number: string): string => `tel:${number.replace(/[\s-]/g, '')}`;

/** An sms: link; a keyword goes in the body the way both desktop and phone handlers read it. */
export const smsHref = (number: string, keyword?: string): string =>
  `sms:${number.replace(/[\s-]/g, '')}${keyword ? `?&body=${encodeURIComponent(keyword)}` : ''}`;

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/**
 * The ways to reach a line. A website is offered only when it is the only way in (directories):
 * for a line with a phone or chat, the cited page is a source, not a place to send someone in crisis.
 */
export function contactsFor(line: HelpLine): Contact[] {
  const out: Contact[] = [];
  if (line.call) out.push({ way: 'call', href: telHref(line.call), number: line.call });
  if (line.text) out.push({ way: 'text', href: smsHref(line.text.number, line.text.keyword), number: line.text.number, ...(line.text.keyword ? { keyword: line.text.keyword } : {}) });
  if (line.chat) out.push({ way: 'chat', href: line.chat, host: hostOf(line.chat) });
  if (out.length === 0 && line.website) out.push({ way: 'website', href: line.website, host: hostOf(line.website) });
  return out;
}

function toPanelLine(line: HelpLine, language: string): PanelLine {
  return { line, contacts: contactsFor(line), speaksLanguage: line.languages.some((l) => l.split('-')[0] === language) };
}

/** Lines of the given kinds, kind by kind, and within a kind those in the user's language first (stable). */
function linesOfKinds(all: readonly HelpLine[], kinds: readonly LineKind[], language: string): PanelLine[] {
  return kinds.flatMap((kind) => {
    const ofKind = all.filter((l) => l.kind === kind).map((l) => toPanelLine(l, language));
    return [...ofKind.filter((l) => l.speaksLanguage), ...ofKind.filter((l) => !l.speaksLanguage)];
  });
}

/**
 * The panel's content. Every situation gets the crisis lines (or, where Hearth has no entry for the
 * country, the helpline directories); overdose adds the poison line, abuse the abuse line. Opened
 * with no categories ("Get help now"), every other kind of line is listed under them too.
 */
export function planPanel(help: CrisisHelp, categories: readonly CrisisCategory[], language: string): PanelPlan {
  const wanted = new Set<LineKind>(['crisis', 'directory', ...categories.flatMap((c) => KINDS_FOR[c])]);
  const order: LineKind[] = ['crisis', 'directory', ...OTHER_KINDS];
  const lines = linesOfKinds(help.lines, order.filter((k) => wanted.has(k)), language);
  const more = categories.length === 0 ? linesOfKinds(help.lines, order.filter((k) => !wanted.has(k)), language) : [];
  return {
    emergency: help.covered ? { number: help.emergency, href: telHref(help.emergency) } : undefined,
    emergencyFirst: categories.some((c) => EMERGENCY_FIRST.has(c)),
    lines,
    more,
  };
}
