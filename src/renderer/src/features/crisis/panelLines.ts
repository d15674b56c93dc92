// What the crisis panel shows, built on the safety module's line selection (which lines, in what
// order, with which tel:/sms:/https links). This file adds what only the panel needs: the whole list
// when someone opens help themselves, the fallback directories for countries without checked
// lines, the user's language first within a kind, and no cited source page as a way in.
import type { CrisisHelp } from '../../../../shared/knowledge/crisisLines';
import type { HelpLine, LineKind } from '../../../../shared/knowledge/crisisLinesSchema';
import { contactActions, selectCrisisLines, type ContactAction } from '../../../../shared/safety/crisisLineSelection';
import type { CrisisCategory } from '../../../../shared/safety/crisisTypes';

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

/** Shown to anyone who opens the panel themselves, in this order after the crisis lines. */
const OTHER_KINDS: readonly LineKind[] = ['poison', 'abuse', 'non-urgent-medical', 'emergency'];

const hostOf = (url: string): string => new URL(url).hostname.replace(/^www\./, '');

/** One of the safety module's actions in the panel's terms (the keyword comes from the line itself). */
function toContact(action: ContactAction, line: HelpLine): Contact {
  switch (action.kind) {
    case 'call':
      return { way: 'call', href: action.href, number: action.display };
    case 'text':
      return { way: 'text', href: action.href, number: line.text?.number ?? action.display, ...(line.text?.keyword ? { keyword: line.text.keyword } : {}) };
    case 'chat':
    case 'website':
      return { way: action.kind, href: action.href, host: hostOf(action.href) };
  }
}

/**
 * The ways to reach a line. A website is offered only when it is the only way in (directories):
 * for a line with a phone or chat, the cited page is a source, not a place to send someone in crisis.
 */
export function contactsFor(line: HelpLine): Contact[] {
  const all = contactActions(line).map((a) => toContact(a, line));
  const direct = all.filter((c) => c.way !== 'website');
  return direct.length ? direct : all;
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
 * The panel's content. With categories, the safety module decides the lines and where the emergency
 * number goes; opened with none ("Get help now"), the crisis lines lead and every other kind of
 * line is listed under them. A country without checked lines gets the helpline directories.
 */
export function planPanel(help: CrisisHelp, categories: readonly CrisisCategory[], language: string): PanelPlan {
  if (!help.covered) {
    return { emergency: undefined, emergencyFirst: selectFirstIsEmergency(categories), lines: languageFirst(help.lines, language), more: [] };
  }
  const byId = new Map(help.lines.map((l) => [l.id, l]));
  const entries = selectCrisisLines(help.entry, categories);
  const chosen = entries.flatMap((e) => byId.get(e.id) ?? []);
  const emergencyFirst = entries[0]?.kind === 'emergency-number';
  const picked = new Set(chosen.map((l) => l.id));
  const more = categories.length === 0 ? OTHER_KINDS.flatMap((kind) => help.lines.filter((l) => l.kind === kind && !picked.has(l.id))) : [];
  const emergencyAction = entries.find((e) => e.kind === 'emergency-number')?.actions[0];
  return {
    emergency: { number: help.emergency, href: emergencyAction?.href ?? `tel:${help.emergency.replace(/\D/g, '')}` },
    emergencyFirst,
    lines: languageFirst(chosen, language),
    more: languageFirst(more, language),
  };
}

/**
 * Whether the safety module puts the emergency number first for these categories, asked of a
 * stand-in country with one crisis line: a country Hearth does not cover follows the same rule.
 */
function selectFirstIsEmergency(categories: readonly CrisisCategory[]): boolean {
  const crisisLine: HelpLine = { id: 'stand-in', kind: 'crisis', name: 'stand-in', description: 'stand-in line', call: '100', languages: ['en'], hours: 'any', sources: ['stand-in'] };
  const standIn = { country: 'ZZ', name: 'stand-in', emergency: '112', emergencySources: ['stand-in'], lines: [crisisLine] };
  return selectCrisisLines(standIn, categories)[0]?.kind === 'emergency-number';
}
