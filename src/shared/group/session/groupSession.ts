// One group's conversation. Every way a user message can lead to a model call goes through the
// safety gate first (safetyGate.ts): a new message, one sent while peers reply, "anyone else",
// regenerate, continue, resuming after the panel, an answer to the direct question, and the first
// message after a restart or unlock (whose recent context comes from storage, not memory).
import type { Group, GroupSafety, Member, Message } from '@shared/domain';
import { closeFallbackWords, openingWords, silenceWords } from '../facilitatorScript';
import { conditionInSentence } from '../cohort/text';
import { firstHellos } from '../hellos';
import { SessionContext, type SessionDeps } from './context';
import { correctMisread, reopenGroup, setGroupSafety, startAsk } from './crisisFlow';
import { MessageIntake } from './intake';
import type { SafetyPort } from './ports';
import { knownCrisisCategories } from '@shared/safety/crisisTypes';
import { SafetyGate } from './safetyGate';
import { facilitatorSays, say } from './scripted';
import { speak, speakAgain, speakOn } from './speaker';
import { refreshSummary } from './summary';
import { asTurn, runTurn } from './turn';
import { warmCache } from './warm';

export type { SessionDeps } from './context';

/** The pause before each peer's hello, as if they had just come in (at human pace only: none in tests). */
const ARRIVAL_MS = 1200;

/** The group's conversation engine, behind a store port; the UI drives it and reads storage. */
export class GroupSession {
  private readonly ctx: SessionContext;
  private readonly gate: SafetyGate;
  private readonly intake: MessageIntake;

  constructor(group: Group, members: Member[], deps: SessionDeps) {
    this.ctx = new SessionContext(group, members, deps);
    this.gate = new SafetyGate(deps.safety);
    this.intake = new MessageIntake(this.ctx, this.gate);
  }

  get group(): Group {
    return this.ctx.group;
  }

  get isBusy(): boolean {
    return this.ctx.busy;
  }

  /** The group's safety state: open, asking (peers wait for an answer) or paused (after the panel). */
  get safety(): GroupSafety {
    return this.ctx.safety;
  }

  /** True after a crisis, until the person returns to the group. */
  get paused(): boolean {
    return this.ctx.safety.state === 'paused';
  }

  /** Refreshes members after a mute/unmute. */
  async reloadMembers(): Promise<void> {
    this.ctx.members = await this.ctx.store.groups.members(this.ctx.group.id);
  }

  /** The group's settings changed (e.g. the topic): later prompts use them. Its safety state is the session's own. */
  updateGroup(group: Group): void {
    this.ctx.group = { ...group, safety: this.ctx.safety };
  }

  /**
   * A model chosen later (or gone: 'none'), or a guard model installed later: later calls use them.
   * A message that waited for the model is answered as soon as one is ready.
   */
  updateRuntime(runtime: { model?: string; safety?: SafetyPort }): void {
    const { deps } = this.ctx;
    this.ctx.deps = { ...deps, ...(runtime.model ? { model: runtime.model } : {}), ...(runtime.safety ? { safety: runtime.safety } : {}) };
    if (runtime.safety) this.gate.update(runtime.safety);
    if (this.ctx.hasModel && this.ctx.waitingId) void this.intake.answerWaiting();
  }

  /** The message waiting for the model to be ready, if any. */
  get waitingId(): string | undefined {
    return this.ctx.waitingId;
  }

  /**
   * Opens the session. A group's first session opens on people: the facilitator's welcome, then one
   * or two peers (the buddy, in a one-to-one chat) say a short scripted hello, each arriving after a
   * moment, typing first. Messages sent meanwhile wait their turn, as during any turn (a crisis never
   * waits). A later session picks up the person's last message if nothing answered it yet.
   */
  async open(): Promise<void> {
    const { ctx } = this;
    if ((await ctx.store.messages.count(ctx.group.id)) > 0) {
      await this.intake.pickUpUnanswered();
      await this.intake.answerWaiting();
      return;
    }
    const f = ctx.facilitator;
    if (!f) return;
    const buddy = ctx.buddy;
    const text = openingWords({
      language: ctx.language,
      facilitatorName: f.persona.name,
      facilitatorGender: f.persona.gender,
      facilitatorCondition: conditionInSentence(f.persona.condition),
      topic: ctx.group.topic,
      seed: ctx.group.seed,
      ...(buddy ? { buddyName: buddy.persona.name } : {}),
    });
    await asTurn(ctx, async () => {
      await say(ctx, f, text, 'check-in');
      const peers = (buddy ? [buddy] : ctx.members.filter((m) => m.persona.role !== 'facilitator' && !m.muted)).map((m) => ({ id: m.id, role: m.persona.role, name: m.persona.name }));
      for (const hello of firstHellos(peers, ctx.language, ctx.group.seed, Boolean(buddy))) {
        const member = ctx.members.find((m) => m.id === hello.memberId);
        if (!member || ctx.stopRequested || ctx.safety.state !== 'open') break;
        await ctx.sleep(ctx.deps.msPerChar > 0 ? ARRIVAL_MS : 0);
        if (ctx.stopRequested || ctx.safety.state !== 'open' || ctx.arriving > 0) break;
        await say(ctx, member, hello.text, 'hello');
      }
    });
    await this.intake.drainQueue();
  }

  /** Fills the model's prompt cache with the next turn's shared prefix (see `warmCache`); resolves to whether it was filled. */
  warm(): Promise<boolean> {
    return warmCache(this.ctx);
  }

  /** Resolves once a warm-up in flight (after opening or after a turn) is done; at once when none runs. */
  async warmed(): Promise<void> {
    await this.ctx.warming?.done;
  }

  /** Stops the reply (or check) running now: the Stop button. */
  stop(): void {
    this.ctx.stopCurrent();
  }

  /**
   * Handles one user message. The rules decide at once: a crisis opens the panel before anything is
   * stored; an uncertain message stops the group and leads to the direct question. A message sent
   * while peers are replying waits, undecided and out of every prompt, until the turn ends.
   */
  send(text: string): Promise<void> {
    return this.intake.send(text);
  }

  /** "Anyone else?": someone who did not just speak answers the person's last message. */
  async anyoneElse(): Promise<void> {
    if (this.ctx.safety.state !== 'open' || this.ctx.busy) return;
    const gated = await this.intake.gateLastUserMessage('anyone-else');
    if (gated.blocked) return;
    await runTurn(this.ctx, gated.message, gated.verdict, true);
    await this.intake.drainQueue();
  }

  /** The member reply a regenerate or continue may redo, when the group is open and idle. */
  private async replyAndMember(messageId: string): Promise<{ message: Message; member: Member } | undefined> {
    if (this.ctx.busy || this.ctx.safety.state !== 'open') return undefined;
    const message = await this.ctx.store.messages.get(messageId);
    const author = message?.author;
    const member = author?.kind === 'member' ? this.ctx.members.find((m) => m.id === author.memberId) : undefined;
    return message && member ? { message, member } : undefined;
  }

  /** Regenerate: the same member answers again, after the gate has decided on the message it answers. */
  async regenerate(messageId: string): Promise<void> {
    const found = await this.replyAndMember(messageId);
    if (!found) return;
    const gated = await this.intake.gateLastUserMessage('regenerate', found.message.seq);
    if (gated.blocked) return;
    const facts = gated.message && !gated.message.safety ? this.ctx.deps.retrieve(gated.message.text, 8).map((r) => r.fact) : [];
    await asTurn(this.ctx, () => speakAgain(this.ctx, found.member, found.message, { facts, round: [], roundIds: new Set([found.message.id]) }));
    await this.intake.drainQueue();
  }

  /** Continue: an interrupted reply picks up where it stopped, after the gate has decided on the message it answers. */
  async continueReply(messageId: string): Promise<void> {
    const found = await this.replyAndMember(messageId);
    if (!found) return;
    const gated = await this.intake.gateLastUserMessage('continue', found.message.seq);
    if (gated.blocked) return;
    await asTurn(this.ctx, () => speakOn(this.ctx, found.member, found.message));
    await this.intake.drainQueue();
  }

  /**
   * The one way back to the group after the crisis panel ("Return to the group", from the panel or
   * the group screen). What the person wrote while the group waited is decided by the gate again,
   * and answered if it may be.
   */
  async resume(): Promise<void> {
    const { ctx } = this;
    if (ctx.safety.state !== 'paused') return;
    const pausedBy = ctx.safety.messageId ? await ctx.store.messages.get(ctx.safety.messageId) : undefined;
    await reopenGroup(ctx);
    if (ctx.busy) return;
    const recent = await ctx.store.messages.latest(ctx.group.id, 30);
    const waiting = recent.filter((m) => m.author.kind === 'user' && m.seq > (pausedBy?.seq ?? -1) && m.safety?.response !== 'panel').at(-1);
    const repliedAfter = waiting ? recent.some((m) => m.seq > waiting.seq && m.author.kind === 'member' && m.kind === 'chat') : true;
    if (!waiting || repliedAfter) return;
    // Written while the group waited and already found uncertain: the question comes now.
    if (waiting.safety?.response === 'ask') {
      await startAsk(ctx, waiting.id, waiting.safety.askAbout ?? 'self-harm', knownCrisisCategories(waiting.safety.categories), false);
      return;
    }
    const verdict = await this.intake.decide(waiting, 'resume');
    await this.intake.apply(verdict, waiting);
  }

  /** "That's not what I meant" (after one confirmation in the panel): back to the group, no lasting banner. */
  async misread(): Promise<void> {
    if (this.ctx.safety.state !== 'paused') return;
    await correctMisread(this.ctx);
  }

  /** Hides the help left in view after an unanswered question (the person chose to). */
  async hideHelp(): Promise<void> {
    if (this.ctx.safety.state !== 'open' || !this.ctx.safety.helpVisible) return;
    await setGroupSafety(this.ctx, { ...this.ctx.safety, helpVisible: false });
  }

  /** The facilitator gently invites the person after a long quiet (once per quiet spell). */
  async inviteAfterSilence(): Promise<void> {
    const { ctx } = this;
    const f = ctx.facilitator;
    if (!f || ctx.busy || ctx.safety.state !== 'open') return;
    const words = silenceWords(ctx.language, ctx.group.seed, ctx.buddy?.persona.name);
    const last = (await ctx.store.messages.latest(ctx.group.id, 1))[0];
    if (!last || last.author.kind === 'user' || last.kind === 'ai-reminder' || (last.author.kind === 'member' && last.author.memberId === f.id && last.kind === 'chat' && last.text === words)) return;
    await say(ctx, f, words, 'chat');
  }

  /**
   * Closes the session: the facilitator sums up and asks for one next step (scripted while the group
   * is not open, or if the model cannot). False when nothing was said (a turn was still running), so
   * the screen does not move on to the next step without the close.
   */
  async close(): Promise<boolean> {
    const { ctx } = this;
    const f = ctx.facilitator;
    if (!f || ctx.busy) return false;
    await asTurn(ctx, async () => {
      const spoken = ctx.safety.state === 'open' ? await speak(ctx, f, { kind: 'close' }, { facts: [], round: [] }) : undefined;
      if (!spoken) await facilitatorSays(ctx, closeFallbackWords(ctx.language), 'close');
    });
    return true;
  }

  /** Brings the rolling summary up to date (normally done at the end of each turn). */
  refreshSummary(): Promise<boolean> {
    return refreshSummary(this.ctx);
  }
}

