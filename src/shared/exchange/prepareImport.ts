// What an imported group file may bring in. A file can be edited by anyone, so nothing in it is
// trusted as Hearth's own words: system notices and the facilitator's scripted safety words are
// never imported (a forged notice could show a fake crisis number as Hearth's); every peer and
// facilitator message is checked again by the reply guard's rules and marked as imported; the
// person's own messages are assessed again, so crisis words never reach a model after import; and
// the rolling summaries, which go straight back into prompts, keep only sentences that pass.
import type { GroupSafety, Message, MessageKind, MessageSafety } from '../domain';
import { decideResponse } from '../safety/gateResponse';
import { knownCrisisCategories } from '../safety/crisisTypes';
import { SentenceBuffer } from '../group/sentenceBuffer';
import type { GroupExport } from './groupExport';

/** The deterministic checks an import is held to (the session's safety port provides them). */
export interface ImportChecks {
  assess(text: string, recent: readonly string[]): { readonly level: 'crisis' | 'distress' | 'none'; readonly categories: readonly string[] };
  adviceFlags(sentence: string, previous: string | undefined): readonly string[];
  isCrisisUnsafe(sentence: string): boolean;
}

/** What was left out or marked, in counts only (never content). */
export interface ImportReport {
  readonly notices: number;
  readonly scripts: number;
  readonly heldReplies: number;
  readonly markedMessages: number;
  readonly heldSummarySentences: number;
}

/** Hearth's scripted safety words: they are Hearth's only when Hearth says them. */
const SCRIPTED: ReadonlySet<MessageKind> = new Set(['crisis-script', 'distress-care', 'ask', 'ask-reply', 'misread', 'ai-reminder']);

/** Peers never give out numbers or links: help comes from the crisis panel's checked data. */
const CONTACT = /(?:\+?\d[\d\s().-]{5,}\d)|https?:\/\/|www\.|\b[a-z0-9-]+\.(?:com|org|net|gov|uk|es|io)\b/i;

function sentencesOf(text: string): string[] {
  const buffer = new SentenceBuffer();
  return [...buffer.push(text), ...buffer.flush()];
}

/** Whether a model-written text passes the reply guard's rules, sentence by sentence. */
function passes(text: string, checks: ImportChecks): boolean {
  if (CONTACT.test(text.replace(/\s?\[\d+(?:,\s*\d+)*\]/g, ''))) return false;
  let previous: string | undefined;
  for (const sentence of sentencesOf(text)) {
    if (checks.adviceFlags(sentence, previous).length > 0 || checks.isCrisisUnsafe(sentence)) return false;
    previous = sentence;
  }
  return true;
}


/** The person's message, assessed again; a mark it already had is kept (a mark is never lifted). */
function remark(message: Message, recent: readonly string[], checks: ImportChecks): MessageSafety | undefined {
  const assessment = checks.assess(message.text, recent);
  const categories = knownCrisisCategories(assessment.categories);
  const decision = decideResponse({ level: assessment.level, categories, reasons: [] });
  if (decision.response === 'group') return message.safety;
  if (message.safety?.response === 'panel') return message.safety;
  return { ...(message.safety ?? {}), response: decision.response, categories: [...new Set([...(message.safety?.categories ?? []), ...categories])], ...(decision.askAbout ? { askAbout: decision.askAbout } : {}) };
}

/** The group file as it may be written: see the comment at the top. */
export function prepareImport(doc: GroupExport, checks: ImportChecks): { readonly doc: GroupExport; readonly report: ImportReport } {
  let notices = 0;
  let scripts = 0;
  let heldReplies = 0;
  let markedMessages = 0;
  const kept: Message[] = [];
  const recent: string[] = [];
  for (const message of [...doc.messages].sort((a, b) => a.seq - b.seq)) {
    if (message.author.kind === 'system') {
      notices += 1;
      continue;
    }
    if (SCRIPTED.has(message.kind)) {
      scripts += 1;
      continue;
    }
    if (message.author.kind === 'member') {
      if (!passes(message.text, checks)) {
        heldReplies += 1;
        continue;
      }
      const { safety: _safety, ...rest } = message;
      kept.push({ ...rest, imported: true });
      continue;
    }
    const safety = remark(message, recent, checks);
    if (safety && !message.safety) markedMessages += 1;
    recent.push(message.text);
    kept.push({ ...message, ...(safety ? { safety } : {}) });
  }
  const ids = new Set(kept.map((m) => m.id));
  const messages = kept.map((m) => (m.replyTo && !ids.has(m.replyTo) ? (({ replyTo: _gone, ...rest }) => rest)(m) : m));
  let heldSummarySentences = 0;
  const summaries = doc.summaries.flatMap((s) => {
    const sentences = sentencesOf(s.text);
    const passing = sentences.filter((sentence) => passes(sentence, checks) && checks.assess(sentence, []).level !== 'crisis');
    heldSummarySentences += sentences.length - passing.length;
    return passing.length ? [{ ...s, text: passing.join(' ') }] : [];
  });
  const safety: GroupSafety | undefined = doc.group.safety && (doc.group.safety.messageId === undefined || ids.has(doc.group.safety.messageId)) ? doc.group.safety : undefined;
  const { safety: _fileSafety, ...group } = doc.group;
  return {
    doc: { ...doc, group: { ...group, ...(safety ? { safety } : {}) }, messages, summaries },
    report: { notices, scripts, heldReplies, markedMessages, heldSummarySentences },
  };
}
