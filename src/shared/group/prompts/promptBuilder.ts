import type { GroupFormat, Language, Persona, SessionTopic, SupportFunction } from '@shared/domain';
import type { NumberedFacts } from '../citations';
import { inlineText, quoted, transcriptLine } from './inlineText';
import { reviewTask, triageTask } from './judgePrompts';
import { POLICY } from './policyText';
import { FUNCTION_BRIEF, LANGUAGE_LINE, ROLE_BRIEF, SAFETY_RULES, STYLE_RULES, TOPIC_BRIEF, personaLine } from './promptText';

/** A line of the conversation as the prompt shows it. */
export interface TranscriptLine {
  readonly speaker: string;
  readonly text: string;
}

/** What the speaker is asked to do this time. */
export type SpeakerTask =
  | { readonly kind: 'reply'; readonly supportFunction: SupportFunction; readonly replyTo?: string; readonly addressed?: boolean; readonly stricter?: boolean }
  | { readonly kind: 'open' }
  | { readonly kind: 'close' }
  | { readonly kind: 'medical-redirect' }
  | { readonly kind: 'correction'; readonly factNumber: number }
  | { readonly kind: 'invite'; readonly quietName: string }
  | { readonly kind: 'continue'; readonly partial: string };

export interface GroupFrame {
  readonly language: Language;
  readonly conditionLabel: string;
  readonly format: GroupFormat;
  readonly topic: SessionTopic;
  /** No knowledge pack: facts are not sourced and peers must say so if asked. */
  readonly unsourced: boolean;
  /** Everyone in the group, facilitator included, in a stable order. */
  readonly members: readonly Persona[];
  /** How the user appears in the transcript, e.g. "New member". */
  readonly userLabel: string;
}

export interface PromptInput {
  readonly frame: GroupFrame;
  /** The rolling summary of messages older than the transcript window. */
  readonly summary?: string;
  /** The conversation up to and including the user's latest message. */
  readonly transcript: readonly TranscriptLine[];
  /** Facts offered for citation this turn, numbered from 1. */
  readonly facts: NumberedFacts;
  /** Replies already given in this round (after the facts, so the shared part stays shared). */
  readonly roundSoFar: readonly TranscriptLine[];
  readonly speaker: Persona;
  readonly task: SpeakerTask;
  /**
   * `shared-first` (Hearth's): group text first, the speaker's card and task last, so Ollama's prompt
   * cache serves the shared part to every peer after the first. Two layouts exist only to measure
   * what that saves: `speaker-first` puts the card first, as common group-chat tools do; `card-in-system`
   * is the fair baseline, the rules first and the card at the end of the system message (the system
   * text is shared, the conversation after it is not).
   */
  readonly layout?: PromptLayout;
}

/** Where the speaker's card and task go; see `PromptInput.layout`. */
export type PromptLayout = 'shared-first' | 'speaker-first' | 'card-in-system';

export interface PromptMessage {
  readonly role: 'system' | 'user';
  readonly content: string;
}

const FORMAT_LINE: Readonly<Record<GroupFormat, string>> = {
  condition: 'a peer-support group for people living with {c}',
  'cross-condition': 'a peer-support group for young adults living with different chronic conditions',
  'higher-education': 'a peer-support group for students and university people living with {c}',
  'newly-diagnosed': 'a peer-support group for people newly diagnosed with {c}',
  carers: 'a peer-support group for parents, partners and carers of someone living with {c}',
  buddy: 'a one-to-one buddy chat between two people living with {c}',
};

/** The part that never changes within a group: setting, members, rules. */
function groupSetting(frame: GroupFrame): string {
  const condition = inlineText(frame.conditionLabel, 120);
  const setting = FORMAT_LINE[frame.format].replace('{c}', condition);
  const members = frame.members.map((m) => `- ${inlineText(m.name, 40)} (${m.role}): ${personaLine(m)}`).join('\n');
  return [
    POLICY,
    `This is Hearth, ${setting}. Every member below is an AI-generated character; the ${frame.userLabel.toLowerCase()} knows this. You will be asked to speak as one of them, or to check a message against Hearth's policy.`,
    `Session focus: ${TOPIC_BRIEF[frame.topic]}.`,
    frame.unsourced
      ? `Hearth has no checked facts for ${condition}: share feelings and everyday experience only, and if asked for facts say you are not sure and suggest the care team.`
      : '',
    `MEMBERS:\n${members}`,
    `SAFETY RULES (never break them):\n${SAFETY_RULES.map((r) => `- ${r}`).join('\n')}`,
    `STYLE:\n${STYLE_RULES.map((r) => `- ${r}`).join('\n')}`,
    LANGUAGE_LINE[frame.language],
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Each line's words quoted on one line, so nothing anyone wrote can forge a speaker or a task. */
const lines = (ls: readonly TranscriptLine[]): string => ls.map((l) => transcriptLine(l.speaker, l.text)).join('\n');

function factsBlock(facts: NumberedFacts): string {
  if (facts.length === 0) return 'FACTS YOU MAY CITE: none this time — speak from experience.';
  return `FACTS YOU MAY CITE (use the number in brackets, e.g. [1]):\n${facts
    .map((f, i) => `[${i + 1}] ${inlineText(f.text, 800)} (${inlineText(f.sources[0]?.publisher ?? f.packName, 120)})`)
    .join('\n')}`;
}

/** The speaker's own card and what they are asked to do: always the last thing in the prompt. */
function speakerTail(input: PromptInput): string {
  const { speaker, task, frame } = input;
  const name = inlineText(speaker.name, 40);
  // The card is already in MEMBERS (the shared part): repeating it here would cost every speaker its
  // length again in prompt evaluation. The voice stays next to the task, where a small model keeps to it.
  const listed = frame.members.some((m) => m.id === speaker.id);
  const card = listed ? `${name}'s card is in MEMBERS above; ${name} talks: ${inlineText(speaker.voice, 240)}` : `${name}'s card: ${personaLine(speaker)}`;
  const who = `NOW SPEAKING: ${name} — ${ROLE_BRIEF[speaker.role]}.\n${card}`;
  const user = frame.userLabel.toLowerCase();
  const ask = ((): string => {
    switch (task.kind) {
      case 'reply': {
        const base = task.replyTo
          ? `Answer ${inlineText(task.replyTo, 40)}'s last message, briefly, in a way that also helps the ${user}.`
          : `Reply to the ${user}'s last message${task.addressed ? ' — they spoke to you by name' : ''}.`;
        const strict = task.stricter
          ? ' Your last attempt gave medical advice. This time talk ONLY about your own experience and feelings; mention no medicine changes, no doses, no diagnosis; suggest the care team if it fits.'
          : '';
        return `${base} Aim to give ${FUNCTION_BRIEF[task.supportFunction]}.${strict}`;
      }
      case 'open':
        return `Open the session: welcome the ${user} warmly in two or three sentences, remind everyone in a few words that this is a space for sharing experience (not medical advice) and that members are AI-generated, and invite them to share how they are doing today.`;
      case 'close':
        return `Close the session: in three or four sentences, sum up kindly what was shared, thank the ${user}, and ask them which one small next step they would like to take before next time.`;
      case 'medical-redirect':
        return `The ${user} asked something only their care team can answer safely. Say so warmly, suggest they ask their doctor, nurse or pharmacist, and offer that members can share how it went for them.`;
      case 'correction':
        return `Something just said does not match fact [${task.factNumber}]. Gently set it straight, citing [${task.factNumber}], without making anyone feel foolish.`;
      case 'invite':
        return `The group has gone quiet. Gently invite ${inlineText(task.quietName, 40)} or the ${user} to share, with one open question.`;
      case 'continue':
        return `Your last message was cut off. It ended: ${quoted(task.partial.slice(-300))}. Continue it naturally from there, without repeating it.`;
    }
  })();
  return `${who}\n\nYOUR TASK: ${ask}\nWrite only ${name}'s words.`;
}

/** The conversation part every prompt of a turn shares: summary, transcript, then (for speakers and reviews) facts and this round. */
function conversation(input: SharedInput, withFacts: boolean): string {
  return [
    input.summary ? `EARLIER IN THIS GROUP (summary):\n${quoted(input.summary)}` : '',
    `CONVERSATION:\n${lines(input.transcript) || '(nothing yet — the session is starting)'}`,
    withFacts ? factsBlock(input.facts) : '',
    withFacts && input.roundSoFar.length ? `JUST NOW:\n${lines(input.roundSoFar)}` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** Builds the chat messages for one speaker's turn. */
export function buildPrompt(input: PromptInput): PromptMessage[] {
  const shared = conversation(input, true);
  if (input.layout === 'speaker-first') {
    return [
      { role: 'system', content: `${speakerTail(input)}\n\n${groupSetting(input.frame)}` },
      { role: 'user', content: shared },
    ];
  }
  if (input.layout === 'card-in-system') {
    return [
      { role: 'system', content: `${groupSetting(input.frame)}\n\n${speakerTail(input)}` },
      { role: 'user', content: shared },
    ];
  }
  return [
    { role: 'system', content: groupSetting(input.frame) },
    { role: 'user', content: `${shared}\n\n---\n${speakerTail(input)}` },
  ];
}

/** What the model checks share with a speaker's prompt. */
export type SharedInput = Pick<PromptInput, 'frame' | 'summary' | 'transcript' | 'facts' | 'roundSoFar'>;

/**
 * The triage of the user's last message: the speakers' policy, setting and conversation, then the
 * check. It stops before the facts, which are chosen only once the gate has let the group answer.
 */
export function buildTriagePrompt(input: Pick<PromptInput, 'frame' | 'summary' | 'transcript'>): PromptMessage[] {
  const shared = conversation({ ...input, facts: [], roundSoFar: [] }, false);
  return [
    { role: 'system', content: groupSetting(input.frame) },
    { role: 'user', content: `${shared}\n\n---\n${triageTask()}` },
  ];
}

/**
 * What every prompt of the next turn begins with: the policy, the setting and the conversation so far
 * (nothing the person has not yet sent). Evaluated ahead of time, it fills Ollama's prompt cache, so
 * the first reply evaluates only what the turn adds.
 */
export function buildSharedPrefix(input: Pick<PromptInput, 'frame' | 'summary' | 'transcript'>): PromptMessage[] {
  return [
    { role: 'system', content: groupSetting(input.frame) },
    { role: 'user', content: conversation({ ...input, facts: [], roundSoFar: [] }, false) },
  ];
}

/**
 * The rolling summary's prompt: the setting, the earlier summary and the lines leaving the window,
 * laid out exactly as the speakers' prompts show them (those lines begin their transcript), then the
 * task. Made just before the window moves, it is served from the prompt cache up to the task.
 */
export function buildSummaryPrompt(input: Pick<PromptInput, 'frame' | 'summary' | 'transcript'>, task: string): PromptMessage[] {
  return [
    { role: 'system', content: groupSetting(input.frame) },
    { role: 'user', content: `${conversation({ ...input, facts: [], roundSoFar: [] }, false)}\n\n---\n${task}` },
  ];
}

/** The review of a draft reply: the same prefix as the speaker's prompt (facts and round included), then the sentences. */
export function buildReviewPrompt(input: SharedInput & { readonly speakerName: string; readonly sentences: readonly string[] }): PromptMessage[] {
  return [
    { role: 'system', content: groupSetting(input.frame) },
    { role: 'user', content: `${conversation(input, true)}\n\n---\n${reviewTask(input.speakerName, input.sentences)}` },
  ];
}
