import type { Citation, Member, Message } from '../domain';
import type { GroupExport } from './groupExport';

/** The words of the Markdown export, from the renderer's catalogue (so it follows the user's language). */
export interface MarkdownLabels {
  /** Shown first: everyone but the user is AI-generated. */
  readonly disclosure: string;
  readonly condition: string;
  readonly exported: string;
  readonly members: string;
  /** The marker after each peer's name, e.g. "AI". */
  readonly ai: string;
  readonly you: string;
  readonly hearth: string;
  readonly conversation: string;
  readonly interrupted: string;
  readonly stopped: string;
  readonly sources: string;
  /** Marks a source that came from a pack the user imported rather than one Hearth ships. */
  readonly importedSource: string;
  /** Shown after a MedlinePlus library fact's source. */
  readonly librarySource: string;
  /** A peer's time since diagnosis in words ("about 5 months since diagnosis"), never a raw 0.42 years. */
  readonly sinceDiagnosis: (years: number) => string;
  readonly nextSteps: string;
  /** Shown when the group had no knowledge pack behind it. */
  readonly unsourced: string;
}

const when = (ms: number): string => `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;

// The export is read in Markdown viewers that render HTML: angle brackets are shown, never run.
const safe = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function authorName(message: Message, members: ReadonlyMap<string, Member>, labels: MarkdownLabels): string {
  switch (message.author.kind) {
    case 'user':
      return labels.you;
    case 'system':
      return labels.hearth;
    case 'member': {
      const member = members.get(message.author.memberId);
      return `${safe(member?.persona.name ?? '?')} (${labels.ai})`;
    }
  }
}

/** Numbers every distinct source once, in order of first citation. */
function numberSources(messages: readonly Message[]): Map<string, { n: number; citation: Citation }> {
  const sources = new Map<string, { n: number; citation: Citation }>();
  for (const m of messages) for (const c of m.citations) if (!sources.has(c.url + c.factKey)) sources.set(c.url + c.factKey, { n: sources.size + 1, citation: c });
  return sources;
}

/**
 * A group as a readable Markdown document: the AI disclosure first, the members (each marked AI),
 * the conversation with source numbers after the sentences that cite them, and the sources at the end.
 */
export function renderGroupMarkdown(doc: GroupExport, labels: MarkdownLabels): string {
  const members = new Map(doc.members.map((m) => [m.id, m]));
  const sources = numberSources(doc.messages);
  const out: string[] = [];
  out.push(`# ${safe(doc.group.title)}`, '', `> **${labels.disclosure}**`, '');
  out.push(`- ${labels.condition}: ${safe(doc.group.conditionLabel)}`, `- ${labels.exported}: ${when(doc.exportedAt)}`);
  if (doc.group.unsourced) out.push(`- ${labels.unsourced}`);
  out.push('', `## ${labels.members}`, '');
  for (const m of doc.members) {
    const p = m.persona;
    const years = labels.sinceDiagnosis(p.yearsSinceDiagnosis);
    out.push(`- **${safe(p.name)}** (${labels.ai}) — ${p.age}, ${safe(p.condition)}, ${years}. ${safe(p.currentChallenge)}`);
  }
  out.push('', `## ${labels.conversation}`, '');
  for (const m of doc.messages) {
    const refs = [...new Set(m.citations.map((c) => sources.get(c.url + c.factKey)?.n).filter((n): n is number => n !== undefined))];
    const status = m.status === 'interrupted' ? ` _(${labels.interrupted})_` : m.status === 'stopped' ? ` _(${labels.stopped})_` : '';
    out.push(`**${authorName(m, members, labels)}** · ${when(m.createdAt)}${status}`, '');
    out.push(`${safe(m.text)}${refs.length ? ` ${refs.map((n) => `[^${n}]`).join('')}` : ''}`, '');
  }
  if (doc.nextSteps.length) {
    out.push(`## ${labels.nextSteps}`, '');
    for (const step of doc.nextSteps) out.push(`- ${safe(step.text)}`);
    out.push('');
  }
  if (sources.size) {
    out.push(`## ${labels.sources}`, '');
    for (const { n, citation } of sources.values()) {
      const imported = citation.origin === 'imported' ? ` (${labels.importedSource})` : citation.origin === 'library' ? ` (${labels.librarySource})` : '';
      out.push(`[^${n}]: ${safe(citation.title)} — ${safe(citation.publisher)}, <${citation.url}>${imported}`);
    }
    out.push('');
  }
  return out.join('\n');
}
