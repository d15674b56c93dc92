import type { Member, Message } from '../../../../../shared/domain';
import type { TranscriptLine } from '../../../../../shared/group/promptBuilder';

/** A transcript line that remembers which message it came from. */
export interface SequencedLine extends TranscriptLine {
  readonly seq: number;
}

/** Labels for the prompt's transcript: members by name, the user by a neutral label. */
export function toTranscript(messages: readonly Message[], members: readonly Member[], userLabel: string): SequencedLine[] {
  const names = new Map(members.map((m) => [m.id, m.persona.name]));
  const lines: SequencedLine[] = [];
  for (const m of messages) {
    if (!m.text.trim() || m.kind === 'ai-reminder') continue;
    const speaker = m.author.kind === 'user' ? userLabel : m.author.kind === 'member' ? names.get(m.author.memberId) : undefined;
    if (speaker) lines.push({ speaker, text: m.text, seq: m.seq });
  }
  return lines;
}
