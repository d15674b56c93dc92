// The conversation as prompts show it. A message that led to the crisis panel or to the direct
// question (and the answer to that question) appears only as a neutral line, and the facilitator's
// scripted safety words not at all: the model learns that something was said and met with care,
// never what. This is the one place prompts get their history from.
import type { Language, Member, Message, MessageKind } from '@shared/domain';
import { neutralLine } from '../prompts/neutralLines';
import type { TranscriptLine } from '../prompts/promptBuilder';

/** A transcript line that remembers which message it came from. */
export interface SequencedLine extends TranscriptLine {
  readonly seq: number;
}

/** The facilitator's scripted safety words: they would only point back at what was said. */
const SAFETY_KINDS: ReadonlySet<MessageKind> = new Set(['crisis-script', 'ask', 'ask-reply', 'misread', 'ai-reminder']);

export interface TranscriptOptions {
  readonly members: readonly Member[];
  readonly userLabel: string;
  readonly language: Language;
  /** The one message the triage call may see as written: the message it assesses. */
  readonly reveal?: string;
  /** Messages the gate has not decided yet: left out entirely. */
  readonly hidden?: ReadonlySet<string>;
}

/** Labels for the prompt's transcript: members by name, the user by a neutral label, marked messages as neutral lines. */
export function toTranscript(messages: readonly Message[], options: TranscriptOptions): SequencedLine[] {
  const names = new Map(options.members.map((m) => [m.id, m.persona.name]));
  const lines: SequencedLine[] = [];
  let lastWasNeutral = false;
  for (const m of messages) {
    if (options.hidden?.has(m.id) && m.id !== options.reveal) continue;
    if (!m.text.trim() || SAFETY_KINDS.has(m.kind)) continue;
    if (m.author.kind === 'user') {
      if (m.safety && m.id !== options.reveal) {
        // One neutral line for a run of marked messages (the message, the answer to the question).
        if (!lastWasNeutral) lines.push({ speaker: options.userLabel, text: neutralLine(options.language, m.safety.misread === true), seq: m.seq });
        lastWasNeutral = true;
        continue;
      }
      lines.push({ speaker: options.userLabel, text: m.text, seq: m.seq });
    } else if (m.author.kind === 'member') {
      const speaker = names.get(m.author.memberId);
      if (!speaker) continue;
      lines.push({ speaker, text: m.text, seq: m.seq });
    } else continue;
    lastWasNeutral = false;
  }
  return lines;
}
