// The one place that decides which help lines Hearth shows, in what order, with which links: for the
// crisis panel after an assessment, for "Get help now" opened by hand, and for the printed safety plan.
// A crisis line is always there; poison help for an overdose; an abuse line for abuse; the emergency
// number first when minutes matter (medical emergency, overdose, harm to others), last otherwise;
// within a kind, lines in the person's language first; a country without checked lines gets the
// helpline directories. Pure and synchronous: the panel opens at once, with no model and no network.
import type { CrisisHelp } from '../knowledge/crisisLines';
import type { HelpLine, LineKind } from '../knowledge/crisisLinesSchema';
import type { CrisisCategory } from './crisisTypes';

/** One way to reach a line: the link to open and what to show as text beside it. */
export type Contact =
  | { readonly way: 'call'; readonly href: string; readonly number: string }
  | { readonly way: 'text'; readonly href: string; readonly number: string; readonly keyword?: string }
  | { readonly way: 'chat' | 'website'; readonly href: string; readonly host: string };

/** A line as the panel shows it. */
export interface PanelLine {
  readonly line: HelpLine;
  readonly contacts: readonly Contact[];
  /** Whether the line answers in the interface language (lines that do come first within their kind). */
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

/** Categories where calling the emergency number comes before anything else. */
const EMERGENCY_FIRST: readonly CrisisCategory[] = ['medical-emergency', 'overdose', 'harm-to-others'];

/** Shown to anyone who opens the panel themselves, in this order after the crisis lines. */
const OTHER_KINDS: readonly LineKind[] = ['poison', 'abuse', 'non-urgent-medical', 'emergency'];

/** A `tel:` href: digits with a leading plus, or a leading star for a short code (*4141), as dialers expect. */
export function telHref(number: string): string {
  const trimmed = number.trim();
  const lead = trimmed.startsWith('+') ? '+' : trimmed.startsWith('*') ? '*' : '';
  return `tel:${lead}${trimmed.replace(/\D/g, '')}`;
}

/** An `sms:` href, with the keyword as the body in the form both iOS and Android open ("sms:741741?&body=HOME"). */
export function smsHref(number: string, keyword?: string): string {
  const base = telHref(number).replace(/^tel:\*?/, 'sms:');
  return keyword ? `${base}?&body=${encodeURIComponent(keyword)}` : base;
}

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** Every way to reach a line, in the order people in crisis most often use them: call, text, chat, website. */
export function allContacts(line: HelpLine): Contact[] {
  const contacts: Contact[] = [];
  if (line.call) contacts.push({ way: 'call', href: telHref(line.call), number: line.call });
  if (line.text) {
    const { number, keyword } = line.text;
    contacts.push({ way: 'text', href: smsHref(number, keyword), number, ...(keyword ? { keyword } : {}) });
  }
  if (line.chat) contacts.push({ way: 'chat', href: line.chat, host: hostOf(line.chat) });
  if (line.website) contacts.push({ way: 'website', href: line.website, host: hostOf(line.website) });
  return contacts;
}

/**
 * The ways to offer for a line. A website is offered only when it is the only way in (directories):
 * for a line with a phone or chat, the cited page is a source, not a place to send someone in crisis.
 */
export function contactsFor(line: HelpLine): Contact[] {
  const all = allContacts(line);
  const direct = all.filter((c) => c.way !== 'website');
  return direct.length ? direct : all;
}

/** The kinds of line to show, in order, for a set of categories (none, e.g. distress: crisis lines only). */
export function lineKindOrder(categories: readonly CrisisCategory[]): LineKind[] {
  const kinds: LineKind[] = [];
  if (categories.includes('overdose')) kinds.push('poison');
  if (categories.includes('abuse')) kinds.push('abuse');
  kinds.push('crisis');
  // Someone about to stop treatment also needs their care team; an emergency does not need a 111-style line.
  if (categories.includes('stopping-treatment')) kinds.push('non-urgent-medical');
  return kinds;
}

/** Whether the emergency number goes above every line for these categories (the same rule for every country). */
export const emergencyComesFirst = (categories: readonly CrisisCategory[]): boolean => categories.some((c) => EMERGENCY_FIRST.includes(c));

/** Lines from a list for the given categories, ordered by kind and keeping the data's order within a kind. */
export function selectLines(lines: readonly HelpLine[], categories: readonly CrisisCategory[]): HelpLine[] {
  return lineKindOrder(categories).flatMap((kind) => lines.filter((l) => l.kind === kind));
}

function toPanelLine(line: HelpLine, language: string): PanelLine {
  return { line, contacts: contactsFor(line), speaksLanguage: line.languages.some((l) => l.split('-')[0] === language) };
}

/** Within each run of one kind, lines in the user's language first; the order of kinds is kept (stable). */
function languageFirst(lines: readonly HelpLine[], language: string): PanelLine[] {
  const out: PanelLine[] = [];
  let run: PanelLine[] = [];
  const flush = (): void => {
    out.push(...run.filter((l) => l.speaksLanguage), ...run.filter((l) => !l.speaksLanguage));
    run = [];
  };
  for (const line of lines) {
    if (run[0] && run[0].line.kind !== line.kind) flush();
    run.push(toPanelLine(line, language));
  }
  flush();
  return out;
}

/**
 * The panel's content for a country, the assessment's categories and the interface language. With
 * categories, the lines the situation calls for; opened with none ("Get help now"), the crisis lines
 * lead and every other kind of line is listed under them. A country without checked lines gets the
 * helpline directories (and no emergency number Hearth cannot vouch for).
 */
export function planHelp(help: CrisisHelp, categories: readonly CrisisCategory[], language: string): PanelPlan {
  const emergencyFirst = emergencyComesFirst(categories);
  if (!help.covered) return { emergency: undefined, emergencyFirst, lines: languageFirst(help.lines, language), more: [] };
  const chosen = selectLines(help.lines, categories);
  const picked = new Set(chosen.map((l) => l.id));
  const more = categories.length === 0 ? OTHER_KINDS.flatMap((kind) => help.lines.filter((l) => l.kind === kind && !picked.has(l.id))) : [];
  return {
    emergency: { number: help.emergency, href: telHref(help.emergency) },
    emergencyFirst,
    lines: languageFirst(chosen, language),
    more: languageFirst(more, language),
  };
}
