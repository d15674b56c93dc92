// Chooses which help lines the crisis panel shows, in what order, with working links. A crisis
// line is always there; poison help for an overdose; an abuse line for abuse; and the emergency
// number first when minutes matter (medical emergency, overdose, harm to others), last otherwise.
import { z } from 'zod';
import { LineKind, type CountryHelp, type HelpLine } from '../knowledge/crisisLinesSchema';
import type { CrisisCategory } from './crisisTypes';

/** One way to reach a line, with a ready-to-open href. `display` is the number, keyword or host to show. */
export const ContactAction = z.object({
  kind: z.enum(['call', 'text', 'chat', 'website']),
  href: z.string().regex(/^(?:tel:[+*]?\d+|sms:\+?\d+(?:\?&body=.+)?|https:\/\/.+)$/),
  display: z.string().min(1),
});
export type ContactAction = z.infer<typeof ContactAction>;

/** One row of the crisis panel: a help line, or the country's emergency number. */
export const PanelEntry = z.object({
  id: z.string().min(1),
  kind: z.union([LineKind, z.literal('emergency-number')]),
  name: z.string().min(1),
  description: z.string().optional(),
  hours: z.string().optional(),
  languages: z.array(z.string()).optional(),
  actions: z.array(ContactAction).min(1),
});
export type PanelEntry = z.infer<typeof PanelEntry>;

/** Categories where calling the emergency number comes before anything else. */
const EMERGENCY_FIRST: readonly CrisisCategory[] = ['medical-emergency', 'overdose', 'harm-to-others'];

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

/** The ways to reach a line, in the order people in crisis most often use them. */
export function contactActions(line: HelpLine): ContactAction[] {
  const actions: ContactAction[] = [];
  if (line.call) actions.push({ kind: 'call', href: telHref(line.call), display: line.call });
  if (line.text) {
    const { number, keyword } = line.text;
    actions.push({ kind: 'text', href: smsHref(number, keyword), display: keyword ? `${keyword} → ${number}` : number });
  }
  if (line.chat) actions.push({ kind: 'chat', href: line.chat, display: new URL(line.chat).host });
  if (line.website) actions.push({ kind: 'website', href: line.website, display: new URL(line.website).host });
  return actions;
}

function lineEntry(line: HelpLine): PanelEntry {
  return {
    id: line.id,
    kind: line.kind,
    name: line.name,
    description: line.description,
    hours: line.hours,
    languages: line.languages,
    actions: contactActions(line),
  };
}

function emergencyEntry(help: CountryHelp): PanelEntry {
  return {
    id: `emergency-${help.country.toLowerCase()}`,
    kind: 'emergency-number',
    name: help.emergency,
    actions: [{ kind: 'call', href: telHref(help.emergency), display: help.emergency }],
  };
}

/** The kinds of line to show, in order, for a set of categories (empty for distress: crisis lines only). */
export function lineKindOrder(categories: readonly CrisisCategory[]): LineKind[] {
  const kinds: LineKind[] = [];
  if (categories.includes('overdose')) kinds.push('poison');
  if (categories.includes('abuse')) kinds.push('abuse');
  kinds.push('crisis');
  // Someone about to stop treatment also needs their care team; an emergency does not need a 111-style line.
  if (categories.includes('stopping-treatment')) kinds.push('non-urgent-medical');
  return kinds;
}

/** Lines from a list for the given categories, ordered by kind and keeping the data's order within a kind. */
export function selectLines(lines: readonly HelpLine[], categories: readonly CrisisCategory[]): PanelEntry[] {
  return lineKindOrder(categories).flatMap((kind) => lines.filter((l) => l.kind === kind).map(lineEntry));
}

/** The crisis panel's rows for a country and the assessment's categories, most urgent first. */
export function selectCrisisLines(help: CountryHelp, categories: readonly CrisisCategory[]): PanelEntry[] {
  const lines = selectLines(help.lines, categories);
  const emergency = emergencyEntry(help);
  const emergencyFirst = categories.some((c) => EMERGENCY_FIRST.includes(c));
  // A country whose data has no crisis line still gets a way out: the emergency number is always present.
  return emergencyFirst ? [emergency, ...lines] : [...lines, emergency];
}
