import type { ChatRequest } from '../../../../../shared/contract/channels/llm';
import type { Group, Language, Member, Message, Persona } from '../../../../../shared/domain';
import { TokenEstimator, chooseWindow } from '../../../../../shared/group/contextBudget';
import { AI_REMINDER_EVERY, aiReminderWords, closeFallbackWords, conflictWords, correctionWords, medicalRedirectWords, openingWords, silenceWords } from '../../../../../shared/group/facilitatorScript';
import { buildPrompt, type GroupFrame, type SpeakerTask, type TranscriptLine } from '../../../../../shared/group/promptBuilder';
import { citationFor } from '../../../../../shared/group/citations';
import { ReplyGuard } from '../../../../../shared/group/replyGuard';
import { Rng } from '../../../../../shared/group/cohort/random';
import { conditionInSentence } from '../../../../../shared/group/cohort/text';
import { planTurn, type TurnPlan } from '../../../../../shared/group/turnPlanner';
import type { FlatFact } from '../../../../../shared/knowledge/flattenPack';
import type { Repositories } from '../../../db/repositories';
import type { ChatPort, RetrievePort, SafetyPort, SessionEvents } from './ports';
import { runReply, type ReplyRun } from './replyRunner';
import { summaryRequest } from './summaryPrompt';
import { toTranscript } from './transcript';

/** Everything a session needs, injected so it runs the same in the app, in node tests and in benches. */
export interface SessionDeps {
  readonly repos: Repositories;
  readonly chat: ChatPort;
  readonly safety: SafetyPort;
  readonly retrieve: RetrievePort;
  readonly events: SessionEvents;
  readonly model: string;
  readonly numCtx: number;
  readonly language: Language;
  /** How the user appears in prompts. */
  readonly userLabel: string;
  /** Milliseconds per character of a released sentence (human pace); 0 in tests. */
  readonly msPerChar: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
  /** Prompt layout; `speaker-first` exists only to measure what Hearth's layout saves. */
  readonly layout?: 'shared-first' | 'speaker-first';
}

const REPLY_TOKENS = 220;
const sleepReal = (ms: number): Promise<void> => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());

/**
 * One group's conversation: the user's message is assessed for crisis before anything else, stored,
 * and answered by the planned peers, each reply streamed through the guard and committed sentence
 * by sentence. Crisis stops the group and never reaches the model.
 */
export class GroupSession {
  private readonly estimator = new TokenEstimator();
  private readonly random: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  /** The seq of the first message in the prompt's transcript; older ones are in the rolling summary. */
  private windowStartSeq: number | undefined;
  /** A message arrived while a turn was running: answer it when the turn ends. */
  private queuedTurn = false;
  private previousTurns: string[][] = [];
  private previousHadPeerToPeer = false;
  private cancelCurrent: (() => void) | undefined;
  private stopRequested = false;
  private busy = false;
  /** True after a crisis: peers stay quiet until the user chooses to return. */
  paused = false;

  constructor(
    public group: Group,
    private members: Member[],
    private deps: SessionDeps,
  ) {
    // Turn-taking is repeatable from the group's seed (its own stream, apart from the cohort's).
    const rng = Rng.for(group.seed, 'turns');
    this.random = deps.random ?? (() => rng.next());
    this.sleep = deps.sleep ?? sleepReal;
  }

  get isBusy(): boolean {
    return this.busy;
  }

  private get facilitator(): Member | undefined {
    return this.members.find((m) => m.persona.role === 'facilitator');
  }

  private frame(): GroupFrame {
    return {
      language: this.deps.language,
      conditionLabel: this.group.conditionLabel,
      format: this.group.format,
      topic: this.group.topic,
      unsourced: this.group.unsourced,
      members: this.members.map((m) => m.persona),
      userLabel: this.deps.userLabel,
    };
  }

  /** Refreshes members after a mute/unmute. */
  async reloadMembers(): Promise<void> {
    this.members = await this.deps.repos.groups.members(this.group.id);
  }

  /** Opens the session: the facilitator's check-in when the group has no messages yet. */
  async open(): Promise<void> {
    if ((await this.deps.repos.messages.count(this.group.id)) > 0) return;
    const f = this.facilitator;
    if (!f) return;
    const text = openingWords({
      language: this.deps.language,
      facilitatorName: f.persona.name,
      facilitatorGender: f.persona.gender,
      facilitatorCondition: conditionInSentence(f.persona.condition),
      topic: this.group.topic,
      seed: this.group.seed,
    });
    await this.say(f, text, 'check-in');
  }

  /** Stops the reply being generated now (the Stop button). */
  stop(): void {
    this.stopRequested = true;
    this.cancelCurrent?.();
  }

  /** The user returns to the group after a crisis. */
  resume(): void {
    this.paused = false;
  }

  /** The user's earlier messages, oldest first (empty if storage cannot be read: safety must not wait on it). */
  private async recentUserTexts(): Promise<string[]> {
    try {
      return (await this.deps.repos.messages.latest(this.group.id, 12)).filter((m) => m.author.kind === 'user').map((m) => m.text);
    } catch {
      return [];
    }
  }

  /**
   * Handles one user message. It may arrive while peers are still replying: a crisis is routed at
   * once (the running reply stops); anything else is stored and answered when the turn ends.
   */
  async send(text: string): Promise<void> {
    const clean = text.trim();
    if (!clean) return;
    const recentUser = await this.recentUserTexts();
    // Safety first: deterministic, offline, before any model call.
    const assessment = this.deps.safety.assess(clean, recentUser);
    if (assessment.level === 'crisis') {
      // The panel opens before anything is written, so a storage failure cannot hold it back.
      this.deps.events.crisis('crisis', assessment.categories);
      await this.deps.repos.messages.add({ groupId: this.group.id, author: { kind: 'user' }, text: clean }).catch(() => undefined);
      return this.routeCrisis(assessment.categories, false);
    }
    await this.deps.repos.messages.add({ groupId: this.group.id, author: { kind: 'user' }, text: clean });
    if (this.paused) return;
    if (this.busy) {
      this.queuedTurn = true;
      return;
    }
    if (this.deps.safety.secondOpinion) {
      // Only for messages the rules found ambiguous; it can raise the level, never lower it.
      const second = await this.deps.safety.secondOpinion(clean, recentUser);
      if (second.level === 'crisis') return this.routeCrisis(second.categories, true);
    }
    if (assessment.level === 'distress') {
      this.deps.events.crisis('distress', assessment.categories);
      const f = this.facilitator;
      if (f) await this.say(f, this.deps.safety.crisisWords('distress', assessment.categories, this.deps.language), 'distress-care');
    }
    await this.runTurn(clean, false);
  }

  /** Crisis: the group pauses, the panel opens, the facilitator's scripted words follow. No model call. */
  private async routeCrisis(categories: readonly string[], announce: boolean): Promise<void> {
    this.paused = true;
    this.queuedTurn = false;
    this.stop();
    if (announce) this.deps.events.crisis('crisis', categories);
    await this.deps.repos.singletons.recordCrisis(categories, Date.now()).catch(() => undefined);
    const f = this.facilitator;
    if (f) await this.say(f, this.deps.safety.crisisWords('crisis', categories, this.deps.language), 'crisis-script').catch(() => undefined);
  }

  /** The facilitator gently invites the user after a long quiet (once per quiet spell). */
  async inviteAfterSilence(): Promise<void> {
    const f = this.facilitator;
    if (!f || this.busy || this.paused) return;
    const last = (await this.deps.repos.messages.latest(this.group.id, 1))[0];
    if (!last || last.author.kind === 'user' || last.kind === 'ai-reminder' || (last.author.kind === 'member' && last.author.memberId === f.id && last.kind === 'chat' && last.text === silenceWords(this.deps.language, this.group.seed))) return;
    await this.say(f, silenceWords(this.deps.language, this.group.seed), 'chat');
  }

  /** The group's settings changed (e.g. the topic): later prompts use them. */
  updateGroup(group: Group): void {
    this.group = group;
  }

  /** A model chosen later, or a guard model installed later: later calls use them. */
  updateRuntime(runtime: { model?: string; safety?: SafetyPort }): void {
    this.deps = { ...this.deps, ...(runtime.model ? { model: runtime.model } : {}), ...(runtime.safety ? { safety: runtime.safety } : {}) };
  }

  /** "Anyone else?": someone who did not just speak answers the user's last message. */
  async anyoneElse(): Promise<void> {
    if (this.paused || this.busy) return;
    const last = (await this.deps.repos.messages.latest(this.group.id, 30)).filter((m) => m.author.kind === 'user').at(-1);
    // The last message is assessed again: a crisis message is never sent to the model, even later.
    if (last && this.deps.safety.assess(last.text, []).level === 'crisis') return;
    await this.runTurn(last?.text ?? '', true);
  }

  private async runTurn(message: string, anyoneElse: boolean): Promise<void> {
    if (this.busy) return;
    this.setBusy(true);
    this.stopRequested = false;
    try {
      const recent = await this.deps.repos.messages.latest(this.group.id, 6);
      const plan = planTurn({
        message,
        anyoneElse,
        context: recent.slice(0, -1).map((m) => m.text).join(' ').slice(-600),
        members: this.members.map((m) => ({ id: m.id, persona: m.persona, muted: m.muted })),
        previousTurns: this.previousTurns,
        previousHadPeerToPeer: this.previousHadPeerToPeer,
        retrieve: this.deps.retrieve,
        random: this.random,
        ...(this.group.buddyMemberId ? { buddyMemberId: this.group.buddyMemberId } : {}),
      });
      if (!anyoneElse) await this.facilitatorMove(plan);
      const round: TranscriptLine[] = [];
      const roundIds = new Set<string>();
      const spoke: string[] = [];
      for (const speaker of plan.speakers) {
        if (this.stopRequested || this.paused) break;
        const member = this.members.find((m) => m.id === speaker.memberId);
        if (!member || member.muted) continue;
        const replyTo = speaker.replyToMemberId ? this.members.find((m) => m.id === speaker.replyToMemberId) : undefined;
        const task: SpeakerTask = { kind: 'reply', supportFunction: speaker.supportFunction, addressed: speaker.addressed, ...(replyTo ? { replyTo: replyTo.persona.name } : {}) };
        const reply = await this.speak(member, task, plan.facts, round, roundIds, replyTo ? await this.lastMessageOf(replyTo.id) : undefined);
        if (reply?.text) {
          round.push({ speaker: member.persona.name, text: reply.text });
          roundIds.add(reply.id);
          spoke.push(member.id);
        }
      }
      this.previousTurns = [...this.previousTurns.slice(-10), spoke];
      this.previousHadPeerToPeer = plan.speakers.some((s) => s.replyToMemberId);
      await this.maybeRemind();
      if (!this.stopRequested && !this.queuedTurn) await this.refreshSummary();
    } finally {
      this.setBusy(false);
      this.cancelCurrent = undefined;
      this.deps.events.typing(null);
    }
    if (this.queuedTurn && !this.paused) {
      this.queuedTurn = false;
      const last = (await this.deps.repos.messages.latest(this.group.id, 30)).filter((m) => m.author.kind === 'user').at(-1);
      if (last) await this.runTurn(last.text, false);
    }
  }

  private setBusy(busy: boolean): void {
    this.busy = busy;
    this.deps.events.busy?.(busy);
  }

  private async lastMessageOf(memberId: string): Promise<string | undefined> {
    const recent = await this.deps.repos.messages.latest(this.group.id, 12);
    return recent.filter((m) => m.author.kind === 'member' && m.author.memberId === memberId).at(-1)?.id;
  }

  /** The facilitator's scripted move before the peers (medical question, correction, conflict). */
  private async facilitatorMove(plan: TurnPlan): Promise<void> {
    const f = this.facilitator;
    if (!f || !plan.facilitator) return;
    const seed = Math.floor(this.random() * 1000);
    switch (plan.facilitator.kind) {
      case 'medical-redirect':
        await this.say(f, medicalRedirectWords(this.deps.language, seed), 'medical-redirect');
        return;
      case 'conflict':
        await this.say(f, conflictWords(this.deps.language, seed), 'chat');
        return;
      case 'correction': {
        const citation = citationFor(plan.facilitator.fact, 1);
        await this.say(f, correctionWords(this.deps.language, plan.facilitator.fact), 'correction', citation ? [citation] : []);
        return;
      }
    }
  }

  /** Adds a complete scripted message from a member. */
  private async say(member: Member, text: string, kind: Message['kind'], citations: Message['citations'] = []): Promise<Message> {
    this.deps.events.typing(member.id);
    await this.sleep(Math.min(1500, text.length * this.deps.msPerChar * 0.5));
    const message = await this.deps.repos.messages.add({ groupId: this.group.id, author: { kind: 'member', memberId: member.id }, kind, text, citations });
    this.deps.events.typing(null);
    return message;
  }

  /** A reminder that members are AI-generated, every so often in a long session. */
  private async maybeRemind(): Promise<void> {
    const count = await this.deps.repos.messages.count(this.group.id);
    const recent = await this.deps.repos.messages.latest(this.group.id, AI_REMINDER_EVERY);
    if (count >= AI_REMINDER_EVERY && !recent.some((m) => m.kind === 'ai-reminder')) {
      await this.deps.repos.messages.add({ groupId: this.group.id, author: { kind: 'system' }, kind: 'ai-reminder', text: aiReminderWords(this.deps.language) });
    }
  }

  /** The prompt for one speaker: the window of history that fits, the summary, the facts, the task. */
  async buildRequest(member: Persona, task: SpeakerTask, facts: readonly FlatFact[], round: readonly TranscriptLine[], roundIds: ReadonlySet<string> = new Set()): Promise<ChatRequest> {
    const summary = await this.deps.repos.journal.latestSummary(this.group.id);
    if (this.windowStartSeq === undefined) {
      // Reopening a long group: start after what the summary covers, and never more than the last 400.
      const recent = await this.deps.repos.messages.latest(this.group.id, 400);
      this.windowStartSeq = Math.max(summary ? summary.uptoSeq + 1 : 0, recent[0]?.seq ?? 0);
    }
    const all = await this.deps.repos.messages.between(this.group.id, this.windowStartSeq, Number.MAX_SAFE_INTEGER);
    // Replies of this round go after the facts (in `round`), so the shared part stays shared.
    const settled = all.filter((m) => (m.status !== 'streaming' || m.text) && !roundIds.has(m.id));
    const lines = toTranscript(settled, this.members, this.deps.userLabel);
    const fixed = buildPrompt({ frame: this.frame(), transcript: [], facts, roundSoFar: round, speaker: member, task, ...(summary ? { summary: summary.text } : {}) });
    const window = chooseWindow({
      numCtx: this.deps.numCtx,
      replyTokens: REPLY_TOKENS,
      fixedTokens: this.estimator.estimate(fixed.map((m) => m.content).join('')),
      messageTokens: lines.map((l) => this.estimator.estimate(`${l.speaker}: ${l.text}\n`)),
      currentStart: 0,
    });
    if (window.start > 0) this.windowStartSeq = lines[window.start]?.seq ?? this.windowStartSeq;
    const transcript = lines.slice(window.start).map(({ speaker, text }) => ({ speaker, text }));
    const messages = buildPrompt({ frame: this.frame(), transcript, facts, roundSoFar: round, speaker: member, task, layout: this.deps.layout ?? 'shared-first', ...(summary ? { summary: summary.text } : {}) });
    return {
      model: this.deps.model,
      messages,
      options: { numCtx: this.deps.numCtx, temperature: 0.8, numPredict: REPLY_TOKENS },
      keepAlive: '30m',
    };
  }

  /**
   * One member's reply: streamed through the guard, committed sentence by sentence. A flagged reply
   * is regenerated once with a stricter instruction; flagged again, the facilitator's redirect
   * replaces it. An empty reply is retried once.
   */
  private async speak(member: Member, task: SpeakerTask, facts: readonly FlatFact[], round: readonly TranscriptLine[], roundIds: ReadonlySet<string>, replyTo?: string): Promise<Message | undefined> {
    const message = await this.deps.repos.messages.add({
      groupId: this.group.id,
      author: { kind: 'member', memberId: member.id },
      status: 'streaming',
      ...(task.kind === 'reply' ? { supportFunction: task.supportFunction } : {}),
      ...(replyTo ? { replyTo } : {}),
    });
    return this.speakInto(member, message.id, task, facts, round, roundIds);
  }

  /** Runs a reply into an existing message (new, regenerated or continued). */
  private async speakInto(member: Member, messageId: string, task: SpeakerTask, facts: readonly FlatFact[], round: readonly TranscriptLine[], roundIds: ReadonlySet<string> = new Set()): Promise<Message | undefined> {
    let attemptTask = task;
    for (let attempt = 0; attempt < 2; attempt++) {
      const run = await this.attempt(member, messageId, attemptTask, facts, round, roundIds);
      if (run.outcome === 'complete' && (run.released > 0 || task.kind === 'continue')) {
        await this.deps.repos.messages.setStatus(messageId, 'complete');
        return this.deps.repos.messages.get(messageId);
      }
      if (run.outcome === 'stopped') {
        await this.finishStopped(messageId);
        return this.deps.repos.messages.get(messageId);
      }
      if (run.outcome === 'failed') {
        this.deps.events.failure(run.code);
        const saved = await this.deps.repos.messages.get(messageId);
        if (saved && saved.sentenceCount > 0) await this.deps.repos.messages.setStatus(messageId, 'interrupted');
        else await this.deps.repos.messages.remove(messageId);
        this.stopRequested = true;
        return undefined;
      }
      // Flagged (advice/unsafe) or empty: nothing of it stays on screen; try once more, stricter.
      if (task.kind !== 'continue') await this.deps.repos.messages.replaceText(messageId, '', 'chat');
      if (run.outcome === 'flagged' && attemptTask.kind === 'reply') attemptTask = { ...attemptTask, stricter: true };
      if (attempt === 1 && run.outcome === 'flagged') {
        await this.deps.repos.messages.remove(messageId);
        const f = this.facilitator;
        if (f) await this.say(f, this.deps.safety.adviceRedirectWords(this.deps.language, Math.floor(this.random() * 1000)), 'advice-redirect');
        return undefined;
      }
    }
    const saved = await this.deps.repos.messages.get(messageId);
    if (saved && saved.sentenceCount > 0) await this.deps.repos.messages.setStatus(messageId, 'complete');
    else await this.deps.repos.messages.remove(messageId);
    return undefined;
  }

  /** Facts for a reply that is regenerated or continued: retrieval over the user's last message. */
  private async factsForLastUserMessage(): Promise<FlatFact[]> {
    const last = (await this.deps.repos.messages.latest(this.group.id, 30)).filter((m) => m.author.kind === 'user').at(-1);
    return last ? this.deps.retrieve(last.text, 8).map((r) => r.fact) : [];
  }

  /** Closes the session: the facilitator sums up and asks for one next step (scripted if the model cannot). */
  async close(): Promise<void> {
    const f = this.facilitator;
    if (!f || this.busy) return;
    await this.asTurn(async () => {
      const message = await this.deps.repos.messages.add({ groupId: this.group.id, author: { kind: 'member', memberId: f.id }, kind: 'close', status: 'streaming' });
      const spoken = this.paused ? undefined : await this.speakInto(f, message.id, { kind: 'close' }, [], []);
      if (spoken?.text) await this.deps.repos.messages.replaceText(message.id, spoken.text, 'close', spoken.citations);
      else {
        await this.deps.repos.messages.remove(message.id);
        await this.say(f, closeFallbackWords(this.deps.language), 'close');
      }
    });
  }

  /**
   * Keeps the rolling summary up to date: when the transcript window has moved past messages the
   * summary does not cover, the model summarises them (stored, and used by every later prompt).
   */
  async refreshSummary(): Promise<boolean> {
    if (this.windowStartSeq === undefined || this.windowStartSeq === 0) return false;
    const covered = await this.deps.repos.journal.latestSummary(this.group.id);
    const from = covered ? covered.uptoSeq + 1 : 0;
    const to = this.windowStartSeq - 1;
    if (to < from) return false;
    // Only what the summary does not cover yet; the earlier summary is folded in.
    const lines = toTranscript(await this.deps.repos.messages.between(this.group.id, from, to), this.members, this.deps.userLabel);
    const budget = Math.floor(this.deps.numCtx * 0.6);
    let used = 0;
    let first = lines.length;
    while (first > 0 && used + this.estimator.estimate(lines[first - 1]!.text) < budget) used += this.estimator.estimate(lines[--first]!.text);
    const request = summaryRequest({ model: this.deps.model, numCtx: this.deps.numCtx, previous: covered?.text, lines: lines.slice(first), language: this.deps.language });
    const handle = this.deps.chat(request, () => undefined);
    const result = await handle.done;
    if (!result.ok || !result.value.content.trim()) return false;
    await this.deps.repos.journal.saveSummary(this.group.id, to, result.value.content.trim().slice(0, 4000));
    return true;
  }

  /** The member who wrote a message, if it is a member's reply this session can redo. */
  private async replyAndMember(messageId: string): Promise<{ message: Message; member: Member } | undefined> {
    if (this.busy || this.paused) return undefined;
    const message = await this.deps.repos.messages.get(messageId);
    const author = message?.author;
    const member = author?.kind === 'member' ? this.members.find((m) => m.id === author.memberId) : undefined;
    return message && member ? { message, member } : undefined;
  }

  /** Runs one piece of work as the session's turn: busy while it runs, typing cleared after. */
  private async asTurn(work: () => Promise<unknown>): Promise<void> {
    this.setBusy(true);
    this.stopRequested = false;
    try {
      await work();
    } finally {
      this.setBusy(false);
      this.deps.events.typing(null);
    }
  }

  /** Regenerate: the same member answers again, from scratch, in the same place. */
  async regenerate(messageId: string): Promise<void> {
    const found = await this.replyAndMember(messageId);
    if (!found) return;
    await this.asTurn(async () => {
      await this.deps.repos.messages.replaceText(messageId, '', 'chat');
      await this.deps.repos.messages.setStatus(messageId, 'streaming');
      await this.speakInto(found.member, messageId, { kind: 'reply', supportFunction: found.message.supportFunction ?? 'emotional' }, await this.factsForLastUserMessage(), []);
    });
  }

  /** Continue: an interrupted reply picks up where it stopped; kept sentences stay. */
  async continueReply(messageId: string): Promise<void> {
    const found = await this.replyAndMember(messageId);
    if (!found) return;
    await this.asTurn(async () => {
      await this.deps.repos.messages.setStatus(messageId, 'streaming');
      // The original reply's numbered facts are not kept, so a continuation cites nothing new.
      await this.speakInto(found.member, messageId, { kind: 'continue', partial: found.message.text }, [], []);
    });
  }


  private async finishStopped(id: string): Promise<void> {
    const saved = await this.deps.repos.messages.get(id);
    if (saved && saved.sentenceCount > 0) await this.deps.repos.messages.setStatus(id, 'stopped');
    else await this.deps.repos.messages.remove(id);
  }

  private async attempt(member: Member, messageId: string, task: SpeakerTask, facts: readonly FlatFact[], round: readonly TranscriptLine[], roundIds: ReadonlySet<string>): Promise<ReplyRun> {
    const request = await this.buildRequest(member.persona, task, facts, round, roundIds);
    const others = [...this.members.filter((m) => m.id !== member.id).map((m) => m.persona.name), this.deps.userLabel, 'You', 'User'];
    const guard = new ReplyGuard({
      speaker: { speaker: member.persona.name, others },
      facts,
      treatmentNames: facts.flatMap((f) => (f.treatmentName ? [f.treatmentName] : [])),
      checks: { adviceFlags: this.deps.safety.adviceFlags, isCrisisUnsafe: this.deps.safety.isCrisisUnsafe },
    });
    this.deps.events.typing(member.id);
    const promptChars = request.messages.reduce((a, m) => a + m.content.length, 0);
    const run = await runReply({
      chat: this.deps.chat,
      request,
      guard,
      commit: (text, citations) => this.deps.repos.messages.appendSentence(messageId, text, citations),
      paceMs: (text) => text.length * this.deps.msPerChar,
      sleep: this.sleep,
      onCancelHandle: (cancel) => {
        this.cancelCurrent = cancel;
        if (this.stopRequested) cancel();
      },
    });
    if (run.outcome === 'complete' && run.stats) this.estimator.observe(promptChars, run.stats.promptEvalCount);
    this.deps.events.typing(null);
    return run;
  }
}
