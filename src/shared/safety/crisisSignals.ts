// Finds the warning signs in one message: normalizes it, blanks figures of speech, runs every
// lexicon rule, and weighs each match against its clause (negation, past) and the message
// (topic talk, accidents, the care team). assessCrisis.ts turns these signals into a level.
import {
  ACCIDENT_CUES,
  ALL_OF_MINE,
  AS_DIRECTED_CUES,
  CLINICIAN_CUES,
  HABITUAL_CUES,
  HYPOTHETICAL_CUES,
  LONG_AGO_CUES,
  NEGATION,
  NEGATION_UNDONE,
  NEGATION_WINDOW_WORDS,
  NOT_USUAL_AMOUNT,
  NOT_A_NEGATION,
  PAST_CUES,
  RECOVERY_CUES,
  REPORTED_QUESTION,
  REPORTED_SPEECH,
  TOPIC_CUES,
  URGENCY_CUES,
} from './crisisCues';
import { ABUSE_RULES_EN, HARM_TO_OTHERS_RULES_EN, SELF_HARM_RULES_EN, SUICIDE_RULES_EN } from './crisisLexicon.en';
import { CONSTRUCT_RULES } from './crisisConstructs';
import { CRISIS_RULES_ES } from './crisisLexicon.es';
import type { CrisisRule, RuleStrength } from './crisisRule';
import type { CrisisCategory } from './crisisTypes';
import { DISTRESS_RULES } from './distressLexicon';
import { blankIdioms } from './idioms';
import { EMERGENCY_RULES_EN, OVERDOSE_RULES_EN, STOPPING_TREATMENT_RULES_EN } from './medicalLexicon.en';
import { normalizeCached } from './normalize';
import { mayMatch, requiredLiterals } from './rulePrefilter';

/** Every rule, in the order reasons are reported. */
export const ALL_RULES: readonly CrisisRule[] = [
  ...SUICIDE_RULES_EN,
  ...SELF_HARM_RULES_EN,
  ...OVERDOSE_RULES_EN,
  ...EMERGENCY_RULES_EN,
  ...STOPPING_TREATMENT_RULES_EN,
  ...HARM_TO_OTHERS_RULES_EN,
  ...ABUSE_RULES_EN,
  ...CRISIS_RULES_ES,
  ...CONSTRUCT_RULES,
  ...DISTRESS_RULES,
].map((r) =>
  // A suicidal or self-harm statement inside a long-ago clause ("i used to think everyone would be
  // better off without me") is history, whichever rule matched it.
  (r.category === 'suicide' || r.category === 'self-harm') && r.strength === 'crisis' && r.historySensitive === undefined ? { ...r, historySensitive: true } : r,
);

/** One rule that held in a message, with the strength it kept after context. */
export interface Signal {
  readonly id: string;
  readonly strength: RuleStrength;
  readonly categories: readonly CrisisCategory[];
  /** Where the words were found in the normalized text, so the same words are not counted twice. */
  readonly span?: readonly [number, number];
}

/** What one message shows: the signals that held and the rules that context cancelled. */
export interface MessageSignals {
  readonly signals: readonly Signal[];
  /** Rule names prefixed with why they did not count, e.g. "negated:self-kill", "idiom:killing-me". */
  readonly cancelled: readonly string[];
}

/** Clause boundaries: negation and past-time words do not reach across them. */
const CLAUSE_BREAK = /[.!?;,]|\b(?:but|pero|though|although|except|anyway|however|sino|y)\b/g;

function clauseAround(text: string, start: number, end: number): { before: string; after: string; clause: string } {
  let from = 0;
  for (const m of text.slice(0, start).matchAll(CLAUSE_BREAK)) from = (m.index ?? 0) + m[0].length;
  const rest = text.slice(end);
  const stop = rest.search(CLAUSE_BREAK);
  const to = stop < 0 ? text.length : end + stop;
  return { before: text.slice(from, start), after: text.slice(end, to), clause: text.slice(from, to) };
}

/** Rules whose own words hold a negator ("do not want to live") are only negated from before the match. */
const OWN_NEGATION = /\b(?:not|no|never|cannot|nunca|without|nobody)\b/;
const ownNegation = new Map<CrisisRule, boolean>(
  ALL_RULES.map((r) => [r, OWN_NEGATION.test(r.pattern.source.replace(/\(\?<?!.*?\)/g, ''))]),
);

function isNegated(before: string, matched: string, after: string): boolean {
  const words = `${before.trim().split(/\s+/).slice(-NEGATION_WINDOW_WORDS).join(' ')} ${matched}`;
  const cleaned = words.replace(NOT_A_NEGATION, ' ');
  return NEGATION.test(cleaned) && !NEGATION_UNDONE.test(after.trim());
}

function categoriesOf(rule: CrisisRule): CrisisCategory[] {
  const out: CrisisCategory[] = [];
  if (rule.category) out.push(rule.category);
  if (rule.also) out.push(rule.also);
  return out;
}

/** A symptom the speaker has now: "my chest hurts", "I'm having…", "I can't…". */
const SYMPTOM_ABOUT_SELF =
  /\b(?:my (?:chest|throat|face|lips|tongue|arm|head|heart|breathing|sugar|blood sugar|bg)|i am having|i think i am|i cannot|i feel|i am (?:bleeding|vomiting|shaking|wheezing|choking)|i have (?:bad |really bad |severe |sudden )?(?:chest|crushing))\b/;

/** The sentence around a match ("all my pills, like I should" spans a comma). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(text.lastIndexOf('.', start), text.lastIndexOf('!', start), text.lastIndexOf('?', start), text.lastIndexOf(';', start)) + 1;
  const stop = text.slice(end).search(/[.!?;]/);
  return text.slice(from, stop < 0 ? text.length : end + stop);
}

/** "All my/the …" (not an amount beyond the usual) with as-directed wording in the same sentence. */
function isUsualDose(matched: string, sentence: string): boolean {
  return ALL_OF_MINE.test(matched) && !NOT_USUAL_AMOUNT.test(matched) && AS_DIRECTED_CUES.test(sentence);
}

type Verdict = { kind: 'keep'; strength: RuleStrength } | { kind: 'cancel'; why: string };

interface MessageCues {
  readonly topic: boolean;
  readonly urgent: boolean;
  readonly accident: boolean;
  readonly clinician: boolean;
  readonly recovered: boolean;
}

function judgeMatch(rule: CrisisRule, text: string, start: number, end: number, cues: MessageCues): Verdict {
  const { before, after, clause } = clauseAround(text, start, end);
  const matched = ownNegation.get(rule) ? '' : text.slice(start, end);
  if (rule.negatable !== false && isNegated(before, matched, after)) return { kind: 'cancel', why: 'negated' };
  if (REPORTED_QUESTION.test(before) || REPORTED_SPEECH.test(before)) return { kind: 'cancel', why: 'topic' };
  // An acute symptom said about oneself ("my chest hurts") stays, even inside a question.
  const aboutSelfNow = rule.presentOnly === true && (cues.urgent || SYMPTOM_ABOUT_SELF.test(clause));
  if (rule.topicSensitive && cues.topic && !aboutSelfNow) return { kind: 'cancel', why: 'topic' };
  if (rule.presentOnly && PAST_CUES.test(clause)) return { kind: 'cancel', why: 'past' };
  if (rule.presentOnly && !aboutSelfNow && HYPOTHETICAL_CUES.test(text)) return { kind: 'cancel', why: 'topic' };
  if (rule.presentOnly && !cues.urgent && HABITUAL_CUES.test(clause)) return { kind: 'cancel', why: 'habitual' };
  if (rule.accidentSensitive && cues.accident) return { kind: 'cancel', why: 'accident' };
  if (rule.clinicianSensitive && cues.clinician) return { kind: 'cancel', why: 'clinician' };
  // "All my pills, like I should": the usual dose. A bare "I took all my pills" still routes.
  if (rule.asDirectedSensitive && isUsualDose(text.slice(start, end), sentenceAround(text, start, end))) return { kind: 'cancel', why: 'as-directed' };
  if (rule.historySensitive && LONG_AGO_CUES.test(clause)) {
    return cues.recovered ? { kind: 'cancel', why: 'recovered' } : { kind: 'keep', strength: 'distress' };
  }
  return { kind: 'keep', strength: rule.strength };
}

/** Blood glucose: a severe low (≤ 54 mg/dL or < 3.0 mmol/L) or a very high reading is a warning sign. */
const GLUCOSE = /\b(?:blood sugars?|sugars?|bgl?|glucose|bs|levels?|reading|azucar|glucosa)\b(?: \w+){0,3}? (\d+(?:\.\d+)?)\b/g;

function glucoseSignals(text: string): Signal[] {
  const out: Signal[] = [];
  for (const m of text.matchAll(GLUCOSE)) {
    const value = Number(m[1]);
    const start = m.index ?? 0;
    const { clause } = clauseAround(text, start, start + m[0].length);
    if (PAST_CUES.test(clause)) continue;
    const low = (value >= 20 && value <= 54) || (value > 0 && value < 3 && /\./.test(m[1] ?? ''));
    // At or below 40 mg/dL (2.2 mmol/L) a reading said in the present is an emergency on its own.
    const veryLow = (value >= 20 && value <= 40) || (value > 0 && value < 2.3 && /\./.test(m[1] ?? ''));
    const present = /\b(?:is|at|reading|reads|says|showing|now|just|esta|en)\b/.test(m[0]);
    if (veryLow && present) out.push({ id: 'glucose-critical-low', strength: 'crisis', categories: ['medical-emergency'] });
    else if (low) out.push({ id: 'glucose-severe-low', strength: 'weak', categories: ['medical-emergency'] });
    else if (value >= 400 && value < 2000) out.push({ id: 'glucose-very-high', strength: 'weak', categories: ['medical-emergency'] });
  }
  return out;
}

/** Per rule, the literals one of which any match must contain (null: the rule always runs). */
const RULE_LITERALS = ALL_RULES.map((r) => requiredLiterals(r.pattern));

const CACHE_SIZE = 32;
const cache = new Map<string, MessageSignals>();

/** The signals in one message, each rule counted once (cached by text: a conversation's recent messages are read once). */
export function findSignals(rawText: string): MessageSignals {
  const hit = cache.get(rawText);
  if (hit) return hit;
  const result = findSignalsUncached(rawText);
  cache.set(rawText, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return result;
}

function findSignalsUncached(rawText: string): MessageSignals {
  const { text, found } = blankIdioms(normalizeCached(rawText));
  const cues: MessageCues = {
    topic: TOPIC_CUES.test(text),
    urgent: URGENCY_CUES.test(text),
    accident: ACCIDENT_CUES.test(text),
    clinician: CLINICIAN_CUES.test(text),
    recovered: RECOVERY_CUES.test(text),
  };
  const signals: Signal[] = [];
  const cancelled: string[] = found.map((id) => `idiom:${id}`);
  ALL_RULES.forEach((rule, ruleIndex) => {
    if (!mayMatch(RULE_LITERALS[ruleIndex] ?? null, text)) return;
    let firstCancel: string | null = null;
    let kept: RuleStrength | null = null;
    let span: [number, number] = [0, 0];
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index ?? 0;
      const verdict = judgeMatch(rule, text, start, start + m[0].length, cues);
      if (verdict.kind === 'keep') {
        kept = verdict.strength;
        span = [start, start + m[0].length];
        if (kept === rule.strength) break;
      } else {
        firstCancel ??= verdict.why;
      }
    }
    if (kept) {
      signals.push({ id: kept === rule.strength ? rule.id : `history-${rule.id}`, strength: kept, categories: categoriesOf(rule), span });
    } else if (firstCancel) {
      cancelled.push(`${firstCancel}:${rule.id}`);
    }
  });
  const seen = new Set(signals.map((s) => s.id));
  for (const g of glucoseSignals(text)) if (!seen.has(g.id)) signals.push(g);
  return { signals, cancelled };
}
