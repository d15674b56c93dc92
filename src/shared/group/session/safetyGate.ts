// THE safety gate: the one unit that decides, for every user message on every path (new, sent
// during a turn, buddy chat, "anyone else", regenerate, continue, resume after the panel, the first
// message after a restart or unlock, an answer to the direct question, a message that waited for the
// model and is answered once it is ready), before any model call,
// one of three responses: panel, ask or group. The deterministic layers decide first and alone
// can open the panel; a guard model and the model triage may only raise what they decided.
import { askAboutFor, decideResponse, type AskAbout, type GateResponse } from '@shared/safety/gateResponse';
import { CrisisCategory, knownCrisisCategories } from '@shared/safety/crisisTypes';
import { readAskAnswer, type AskAnswer } from '@shared/safety/askScript';
import { raiseByTriage, type TriageVerdict } from '@shared/safety/modelTriage';
import type { Assessment, SafetyPort } from './ports';

/** The ways a user message reaches the gate (for tests and for the record of why a turn ran). */
export type GatePath = 'new' | 'queued' | 'buddy' | 'anyone-else' | 'regenerate' | 'continue' | 'resume' | 'restart' | 'answer' | 'waiting';

/** The gate's decision on one message. */
export interface GateVerdict {
  readonly response: GateResponse;
  readonly askAbout?: AskAbout;
  readonly categories: readonly CrisisCategory[];
  /** The deterministic level (distress still gets the facilitator's caring words in the group). */
  readonly level: Assessment['level'];
  /** Which layer decided: the rules, a guard model, the model triage. */
  readonly source: 'rules' | 'guard' | 'triage';
  /** For an answer to the direct question: how it read. */
  readonly answer?: AskAnswer;
  /** From the triage, when it answered in time: it replaces the pattern-based medical-question check. */
  readonly medical?: boolean;
  /** From the triage: first names the person spoke to. */
  readonly addressed?: readonly string[];
}

/** The direct question waiting for an answer. */
export interface PendingAsk {
  readonly askAbout: AskAbout;
  /** Answers so far that were neither yes nor no. */
  readonly unclearAnswers: number;
}

export interface GateInput {
  readonly text: string;
  /** The person's earlier messages, oldest first (their own words only, never Hearth's). */
  readonly recent: readonly string[];
  readonly path: GatePath;
  /** Set while the facilitator's question waits: this message is the answer. */
  readonly asking?: PendingAsk;
  /** The model triage of this message, when a model is installed (undefined: no answer in time). */
  readonly triage?: () => Promise<TriageVerdict | undefined>;
}

/** The known crisis categories in a list of strings. */

/** Categories the panel shows for a "yes" to the question. */
const YES_CATEGORIES: Readonly<Record<AskAbout, CrisisCategory>> = { 'self-harm': 'suicide', overdose: 'overdose', emergency: 'medical-emergency', abuse: 'abuse', 'harm-to-others': 'harm-to-others' };

/** The one safety gate of a session. */
export class SafetyGate {
  constructor(private safety: SafetyPort) {}

  /** A guard model installed later: later decisions use it. */
  update(safety: SafetyPort): void {
    this.safety = safety;
  }

  /** Waits (briefly, bounded by the port) until the full classifier is in; never throws. */
  async ready(): Promise<void> {
    try {
      await this.safety.ready?.();
    } catch {
      // The rules still decide: a failed load must never hold a message back.
    }
  }

  /**
   * The deterministic decision, at once (no model, no storage): what the rules and the learned
   * classifier say. A panel decided here is final; nothing the models say can lower it.
   */
  rules(input: Pick<GateInput, 'text' | 'recent' | 'asking'>): GateVerdict {
    const assessment = this.safety.assess(input.text, input.recent);
    const categories = knownCrisisCategories(assessment.categories);
    const decision = decideResponse({ level: assessment.level, categories, reasons: [], ...(assessment.uncertain !== undefined ? { uncertain: assessment.uncertain } : {}) });
    const base = { categories, level: assessment.level, source: 'rules' as const };
    if (decision.response === 'panel') return { ...base, response: 'panel' };
    if (input.asking) return this.readAnswer(input.text, input.asking, decision.response === 'ask', categories, assessment.level);
    return decision.response === 'ask' ? { ...base, response: 'ask', askAbout: decision.askAbout ?? 'self-harm' } : { ...base, response: 'group' };
  }

  /** An answer to the question: yes or a worrying answer → panel; no → group; otherwise ask once more, then leave help in view. */
  private readAnswer(text: string, asking: PendingAsk, worrying: boolean, categories: readonly CrisisCategory[], level: Assessment['level']): GateVerdict {
    const answer = readAskAnswer(text);
    const base = { level, source: 'rules' as const, answer };
    // A clear "no" or "I'd rather not say" stands against a doubt that comes only from the message it
    // answers (the classifier reads the recent messages); words that are a crisis themselves opened the panel above.
    if (answer === 'yes' || (worrying && answer !== 'no' && answer !== 'decline')) {
      const cats = categories.length ? categories : [YES_CATEGORIES[asking.askAbout]];
      return { ...base, answer: 'yes', response: 'panel', categories: cats };
    }
    if (answer === 'no') return { ...base, response: 'group', categories };
    if (answer === 'unclear' && asking.unclearAnswers === 0) return { ...base, response: 'ask', askAbout: asking.askAbout, categories };
    // "I'd rather not say", or no clear answer twice: the group goes on, help stays in view.
    return { ...base, answer: 'decline', response: 'group', categories };
  }

  /**
   * The full decision: the rules, then (unless they chose the panel) a guard model's second opinion
   * and the model triage, each of which can only raise it. A triage that answers in time also says
   * whether this is a medical question and whom the person addressed.
   */
  async decide(input: GateInput): Promise<GateVerdict> {
    await this.ready();
    let verdict = this.rules(input);
    if (verdict.response === 'panel') return verdict;
    verdict = await this.withGuard(input, verdict);
    if (verdict.response === 'panel' || !input.triage) return verdict;
    const triage = await input.triage();
    if (!triage) return verdict;
    const planning = { medical: triage.medical, addressed: triage.addressed };
    if (input.asking) {
      // While asking: clear danger opens the panel; doubt about a "no" asks once more.
      if (triage.risk === 'high' || (triage.emergency && input.asking.askAbout !== 'self-harm')) {
        return { ...verdict, ...planning, response: 'panel', source: 'triage', answer: 'yes', categories: verdict.categories.length ? verdict.categories : [YES_CATEGORIES[input.asking.askAbout]] };
      }
      if (verdict.answer === 'no' && triage.risk === 'unclear' && input.asking.unclearAnswers === 0) {
        return { ...verdict, ...planning, response: 'ask', askAbout: input.asking.askAbout, answer: 'unclear', source: 'triage' };
      }
      return { ...verdict, ...planning };
    }
    const raised = raiseByTriage({ response: verdict.response, categories: verdict.categories, ...(verdict.askAbout ? { askAbout: verdict.askAbout } : {}) }, triage);
    if (!raised.raised) return { ...verdict, ...planning };
    return { ...verdict, ...planning, response: raised.response, categories: raised.categories, source: 'triage', ...(raised.askAbout ? { askAbout: raised.askAbout } : {}) };
  }

  /** The installed guard model's opinion on an ambiguous message; it can turn "group" into a question, or a question into the panel. */
  private async withGuard(input: GateInput, verdict: GateVerdict): Promise<GateVerdict> {
    if (!this.safety.secondOpinion || input.asking) return verdict;
    try {
      const second = await this.safety.secondOpinion(input.text, input.recent);
      if (second.level !== 'crisis') return verdict;
      const categories = [...new Set([...verdict.categories, ...knownCrisisCategories(second.categories)])];
      if (verdict.response === 'ask') return { ...verdict, response: 'panel', categories, source: 'guard' };
      return { ...verdict, response: 'ask', askAbout: askAboutFor(categories) ?? 'self-harm', categories, source: 'guard' };
    } catch {
      return verdict;
    }
  }
}
