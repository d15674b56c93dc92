// One group's conversation. Every way a user message can lead to a model call goes through the
// safety gate first (safetyGate.ts): a new message, one sent while peers reply, "anyone else",
// regenerate, continue, resuming after the panel, an answer to the direct question, and the first
// message after a restart or unlock (whose recent context comes from storage, not memory).
import { type Group, type GroupSafety, type Member, type Message, type MessageSafety } from '../../domain';
import { closeFallbackWords, openingWords, silenceWords } from '../facilitatorScript';
import { conditionInSentence } from '../cohort/text';
import { SessionContext, type SessionDeps } from './context';
import { answerBackToGroup, correctMisread, reopenGroup, routePanel, setGroupSafety, startAsk } from './crisisFlow';
import type { SafetyPort } from './ports';
import { SafetyGate, categoriesOf, type GatePath, type GateVerdict, type PendingAsk } from './safetyGate';
import { facilitatorSays, say } from './scripted';
import { speak, speakAgain, speakOn } from './speaker';
import { refreshSummary } from './summary';
import { triageFor } from './triageCall';
import { asTurn, runTurn } from './turn';

export type { SessionDeps } from './context';

/** How many of the person's earlier messages the gate reads with a new one. */
const RECENT_USER_MESSAGES = 12;

/** The group's conversation engine, behind a store port; the UI drives it and reads storage. */
export class GroupSession {
  private readonly ctx: SessionContext;
  private readonly gate: SafetyGate;

  constructor(group: Group, members: Member[], deps: SessionDeps) {
    this.ctx = new SessionContext(group, members, deps);
    this.gate = new SafetyGate(deps.safety);
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

  /** A model chosen later, or a guard model installed later: later calls use them. */
  updateRuntime(runtime: { model?: string; safety?: SafetyPort }): void {
    const { deps } = this.ctx;
    this.ctx.deps = { ...deps, ...(runtime.model ? { model: runtime.model } : {}), ...(runtime.safety ? { safety: runtime.safety } : {}) };
    if (runtime.safety) this.gate.update(runtime.safety);
  }

  /** Opens the session: the facilitator's check-in when the group has no messages yet. */
  async open(): Promise<void> {
    const { ctx } = this;
    if ((await ctx.store.messages.count(ctx.group.id)) > 0) return;
    const f = ctx.facilitator;
    if (!f) return;
    const text = openingWords({
      language: ctx.language,
      facilitatorName: f.persona.name,
      facilitatorGender: f.persona.gender,
      facilitatorCondition: conditionInSentence(f.persona.condition),
      topic: ctx.group.topic,
      seed: ctx.group.seed,
    });
    await say(ctx, f, text, 'check-in');
  }

  /** Stops the reply (or check) running now: the Stop button. */
  stop(): void {
    this.ctx.stopCurrent();
  }

  /** The person's own earlier messages, oldest first (empty if storage cannot be read: safety must not wait on it). */
  private async recentUserTexts(beforeSeq = Number.MAX_SAFE_INTEGER): Promise<string[]> {
    try {
      const latest = await this.ctx.store.messages.latest(this.ctx.group.id, RECENT_USER_MESSAGES * 3);
      return latest.filter((m) => m.author.kind === 'user' && m.seq < beforeSeq).slice(-RECENT_USER_MESSAGES).map((m) => m.text);
    } catch {
      return [];
    }
  }

  private pendingAsk(): PendingAsk | undefined {
    const s = this.ctx.safety;
    return s.state === 'asking' && s.askAbout ? { askAbout: s.askAbout, unclearAnswers: s.unclearAnswers ?? 0 } : undefined;
  }

  private addUserMessage(text: string, safety?: MessageSafety): Promise<Message> {
    return this.ctx.store.messages.add({ groupId: this.ctx.group.id, author: { kind: 'user' }, text, ...(safety ? { safety } : {}) });
  }

  /** The full decision on a stored message (the triage may see it; nothing else does until it is decided). */
  private async decide(message: Message, path: GatePath, asking?: PendingAsk): Promise<GateVerdict> {
    const recent = await this.recentUserTexts(message.seq);
    const triage = triageFor(this.ctx, message.id);
    return this.gate.decide({ text: message.text, recent, path, ...(asking ? { asking } : {}), ...(triage ? { triage } : {}) });
  }

  /**
   * Handles one user message. The rules decide at once: a crisis opens the panel before anything is
   * stored; an uncertain message stops the group and leads to the direct question. A message sent
   * while peers are replying waits, undecided and out of every prompt, until the turn ends.
   */
  async send(text: string): Promise<void> {
    const clean = text.trim();
    if (!clean) return;
    const { ctx } = this;
    const recent = await this.recentUserTexts();
    const asking = this.pendingAsk();
    const rules = this.gate.rules({ text: clean, recent, ...(asking ? { asking } : {}) });
    if (rules.response === 'panel') {
      // The panel opens before anything is written, so a storage failure cannot hold it back.
      ctx.deps.events.crisis('crisis', rules.categories);
      const stored = await this.addUserMessage(clean, { response: 'panel', categories: [...rules.categories], ...(asking ? { answer: true } : {}) }).catch(() => undefined);
      await routePanel(ctx, stored?.id, rules.categories);
      return;
    }
    if (ctx.safety.state === 'paused') {
      // Peers wait until the person returns; the message is decided again then.
      await this.addUserMessage(clean, rules.response === 'ask' ? { response: 'ask', categories: [...rules.categories], ...(rules.askAbout ? { askAbout: rules.askAbout } : {}) } : undefined);
      return;
    }
    if (asking) {
      // The answer to the question: marked like the question's message, so neither reaches a model.
      const answer = await this.addUserMessage(clean, { response: 'ask', answer: true, categories: [...rules.categories] });
      await this.apply(await this.decide(answer, 'answer', asking), answer, asking);
      return;
    }
    if (rules.response === 'ask') {
      ctx.stopCurrent();
      ctx.queued = [];
      const marked = await this.addUserMessage(clean, { response: 'ask', categories: [...rules.categories], ...(rules.askAbout ? { askAbout: rules.askAbout } : {}) });
      await this.apply(await this.decide(marked, ctx.group.format === 'buddy' ? 'buddy' : 'new'), marked);
      return;
    }
    const message = await this.addUserMessage(clean);
    ctx.ungated.add(message.id);
    if (ctx.busy) {
      ctx.queued.push(message.id);
      return;
    }
    const verdict = await this.decide(message, ctx.group.format === 'buddy' ? 'buddy' : 'new');
    ctx.ungated.delete(message.id);
    await this.apply(verdict, message);
  }

  /** Acts on the gate's decision about a stored message. */
  private async apply(verdict: GateVerdict, message: Message, asking?: PendingAsk): Promise<void> {
    const { ctx } = this;
    ctx.ungated.delete(message.id);
    const mark = (response: 'panel' | 'ask'): Promise<void> =>
      ctx.store.messages.setSafety(message.id, {
        response,
        categories: [...verdict.categories],
        ...(verdict.askAbout ? { askAbout: verdict.askAbout } : {}),
        ...(asking ? { answer: true } : {}),
      });
    if (verdict.response === 'panel') {
      ctx.deps.events.crisis('crisis', verdict.categories);
      await mark('panel').catch(() => undefined);
      await routePanel(ctx, ctx.safety.messageId && asking ? ctx.safety.messageId : message.id, verdict.categories);
      return;
    }
    if (verdict.response === 'ask') {
      if (!asking) await mark('ask');
      await startAsk(ctx, asking && ctx.safety.messageId ? ctx.safety.messageId : message.id, verdict.askAbout ?? 'self-harm', verdict.categories, Boolean(asking));
      return;
    }
    if (asking) {
      await answerBackToGroup(ctx, verdict.answer === 'decline');
      return;
    }
    await runTurn(ctx, message, verdict, false);
    await this.drainQueue();
  }

  /** Messages sent during a turn: each is decided now, in order; the last one the group may answer is answered. */
  private async drainQueue(): Promise<void> {
    const { ctx } = this;
    while (ctx.queued.length > 0 && ctx.safety.state === 'open' && !ctx.busy) {
      const ids = ctx.queued.splice(0);
      let answer: { message: Message; verdict: GateVerdict } | undefined;
      for (const id of ids) {
        const message = await ctx.store.messages.get(id);
        if (!message) continue;
        const verdict = await this.decide(message, 'queued');
        ctx.ungated.delete(id);
        if (verdict.response !== 'group') {
          for (const rest of ids) ctx.ungated.delete(rest);
          await this.apply(verdict, message);
          return;
        }
        answer = { message, verdict };
      }
      if (answer) await runTurn(ctx, answer.message, answer.verdict, false);
    }
  }

  /** The person's last message, if the group may answer it, decided again by the gate before any model call. */
  private async gateLastUserMessage(path: GatePath, beforeSeq = Number.MAX_SAFE_INTEGER): Promise<{ message?: Message; verdict?: GateVerdict; blocked: boolean }> {
    const recent = await this.ctx.store.messages.latest(this.ctx.group.id, 60);
    const message = recent.filter((m) => m.author.kind === 'user' && m.seq < beforeSeq).at(-1);
    if (!message) return { blocked: false };
    // A marked message is never answered again (its prompt line is neutral, and the group has moved on).
    if (message.safety) return { message, blocked: path === 'anyone-else' };
    const verdict = await this.decide(message, path);
    if (verdict.response !== 'group') {
      await this.apply(verdict, message);
      return { message, verdict, blocked: true };
    }
    return { message, verdict, blocked: false };
  }

  /** "Anyone else?": someone who did not just speak answers the person's last message. */
  async anyoneElse(): Promise<void> {
    if (this.ctx.safety.state !== 'open' || this.ctx.busy) return;
    const gated = await this.gateLastUserMessage('anyone-else');
    if (gated.blocked) return;
    await runTurn(this.ctx, gated.message, gated.verdict, true);
    await this.drainQueue();
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
    const gated = await this.gateLastUserMessage('regenerate', found.message.seq);
    if (gated.blocked) return;
    const facts = gated.message && !gated.message.safety ? this.ctx.deps.retrieve(gated.message.text, 8).map((r) => r.fact) : [];
    await asTurn(this.ctx, () => speakAgain(this.ctx, found.member, found.message, { facts, round: [], roundIds: new Set([found.message.id]) }));
    await this.drainQueue();
  }

  /** Continue: an interrupted reply picks up where it stopped, after the gate has decided on the message it answers. */
  async continueReply(messageId: string): Promise<void> {
    const found = await this.replyAndMember(messageId);
    if (!found) return;
    const gated = await this.gateLastUserMessage('continue', found.message.seq);
    if (gated.blocked) return;
    await asTurn(this.ctx, () => speakOn(this.ctx, found.member, found.message));
    await this.drainQueue();
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
      await startAsk(ctx, waiting.id, waiting.safety.askAbout ?? 'self-harm', categoriesOf(waiting.safety.categories), false);
      return;
    }
    const verdict = await this.decide(waiting, 'resume');
    await this.apply(verdict, waiting);
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
    const words = silenceWords(ctx.language, ctx.group.seed);
    const last = (await ctx.store.messages.latest(ctx.group.id, 1))[0];
    if (!last || last.author.kind === 'user' || last.kind === 'ai-reminder' || (last.author.kind === 'member' && last.author.memberId === f.id && last.kind === 'chat' && last.text === words)) return;
    await say(ctx, f, words, 'chat');
  }

  /** Closes the session: the facilitator sums up and asks for one next step (scripted while the group is not open, or if the model cannot). */
  async close(): Promise<void> {
    const { ctx } = this;
    const f = ctx.facilitator;
    if (!f || ctx.busy) return;
    await asTurn(ctx, async () => {
      const spoken = ctx.safety.state === 'open' ? await speak(ctx, f, { kind: 'close' }, { facts: [], round: [] }) : undefined;
      if (!spoken) await facilitatorSays(ctx, closeFallbackWords(ctx.language), 'close');
    });
  }

  /** Brings the rolling summary up to date (normally done at the end of each turn). */
  refreshSummary(): Promise<boolean> {
    return refreshSummary(this.ctx);
  }
}

