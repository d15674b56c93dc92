// How a user message enters the session: the gate's rules at once, the message stored (marked when
// it led to the panel or the question), then the full decision (guard model, triage) and what
// follows from it. Messages sent while peers reply wait here, out of every prompt, until the turn ends.
import type { Message, MessageSafety } from '@shared/domain';
import type { SessionContext } from './context';
import { answerBackToGroup, routePanel, startAsk } from './crisisFlow';
import type { GatePath, GateVerdict, PendingAsk, SafetyGate } from './safetyGate';
import { triageFor } from './triageCall';
import { runTurn } from './turn';

/** How many of the person's earlier messages the gate reads with a new one. */
const RECENT_USER_MESSAGES = 12;

/** The door every user message comes through. */
export class MessageIntake {
  constructor(
    private readonly ctx: SessionContext,
    private readonly gate: SafetyGate,
  ) {}

  /** The person's own earlier messages, oldest first (empty if storage cannot be read: safety must not wait on it). */
  private async recentUserTexts(beforeSeq = Number.MAX_SAFE_INTEGER): Promise<string[]> {
    try {
      const latest = await this.ctx.store.messages.latest(this.ctx.group.id, RECENT_USER_MESSAGES * 3);
      // A message the person said was misread, or whose question they answered no, is no longer a sign.
      return latest
        .filter((m) => m.author.kind === 'user' && m.seq < beforeSeq && !m.safety?.misread && !m.safety?.answeredNo)
        .slice(-RECENT_USER_MESSAGES)
        .map((m) => m.text);
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
  async decide(message: Message, path: GatePath, asking?: PendingAsk): Promise<GateVerdict> {
    const recent = await this.recentUserTexts(message.seq);
    const triage = triageFor(this.ctx, message.id);
    return this.ctx.gated(() => this.gate.decide({ text: message.text, recent, path, ...(asking ? { asking } : {}), ...(triage ? { triage } : {}) }));
  }

  /** One new message from the person (see GroupSession.send). */
  async send(text: string): Promise<void> {
    const clean = text.trim();
    if (!clean) return;
    // Counted before anything is awaited, so a scripted hello never follows what the person just wrote.
    this.ctx.arriving += 1;
    try {
      await this.take(clean);
    } finally {
      this.ctx.arriving -= 1;
    }
  }

  private async take(clean: string): Promise<void> {
    const { ctx } = this;
    const recent = await this.recentUserTexts();
    const asking = this.pendingAsk();
    // The first message after start can arrive while the learned half still loads: wait for it (bounded).
    await this.gate.ready();
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
  async apply(verdict: GateVerdict, message: Message, asking?: PendingAsk): Promise<void> {
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
    await this.answer(message, verdict);
    await this.drainQueue();
  }

  /**
   * The group answers a message the gate let through. With no model ready yet, the facilitator's
   * scripted part comes now and the peers answer once a model is ready (answerWaiting).
   */
  private async answer(message: Message, verdict: GateVerdict): Promise<void> {
    const { ctx } = this;
    if (ctx.hasModel) {
      await runTurn(ctx, message, verdict, false);
      return;
    }
    await runTurn(ctx, message, verdict, false, 'scripted');
    ctx.setWaiting(message.id);
  }

  /**
   * The message that waited for the model, answered now that one is ready: decided again by the gate
   * first (the model's triage can weigh in now, and may only raise the decision), then the peers speak.
   * A message written after it, or one the panel or the question took, is not answered twice.
   */
  async answerWaiting(): Promise<void> {
    const { ctx } = this;
    const id = ctx.waitingId;
    if (!id || !ctx.hasModel || ctx.busy || ctx.safety.state !== 'open') return;
    ctx.setWaiting(undefined);
    const message = await ctx.store.messages.get(id);
    if (!message || message.safety) return;
    const verdict = await this.decide(message, 'waiting');
    if (verdict.response !== 'group') {
      await this.apply(verdict, message);
      return;
    }
    await runTurn(ctx, message, verdict, false, 'peers');
    await this.drainQueue();
  }

  /**
   * After a restart: the person's last message, if nothing answered it (the model was not ready, or
   * the app closed first), waits for the peers. Marked messages never do.
   */
  async pickUpUnanswered(): Promise<void> {
    const recent = await this.ctx.store.messages.latest(this.ctx.group.id, 30);
    const last = recent.filter((m) => m.author.kind === 'user').at(-1);
    if (!last || last.safety) return;
    const answered = recent.some((m) => m.seq > last.seq && m.author.kind === 'member' && (m.kind === 'chat' || m.kind === 'close'));
    if (!answered) this.ctx.setWaiting(last.id);
  }

  /** Messages sent during a turn: each is decided now, in order; the last one the group may answer is answered. */
  async drainQueue(): Promise<void> {
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
          // Any later ones stay out of every prompt: the group now waits on this one.
          await this.apply(verdict, message);
          return;
        }
        answer = { message, verdict };
      }
      if (answer) await this.answer(answer.message, answer.verdict);
    }
    await this.answerWaiting();
  }

  /** The person's last message, if the group may answer it, decided again by the gate before any model call. */
  async gateLastUserMessage(path: GatePath, beforeSeq = Number.MAX_SAFE_INTEGER): Promise<{ message?: Message; verdict?: GateVerdict; blocked: boolean }> {
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
}
