import { inlineText, quoted } from './inlineText';
// The two model checks' own lines, after the policy (which holds their instructions), the group
// setting and the conversation the speakers see: short, so almost all of a check's prompt is cached.

/** The triage's task line. */
export const triageTask = (): string => "SAFETY CHECK of the new member's last message (answer in JSON only).";

/** The review's task line and the draft's sentences, numbered. */
export function reviewTask(speakerName: string, sentences: readonly string[]): string {
  return [`REVIEW of ${inlineText(speakerName, 40)}'s draft reply (answer in JSON only):`, ...sentences.map((s, i) => `${i + 1}. ${quoted(s, 800)}`)].join('\n');
}
