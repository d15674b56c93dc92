// One round of the group after the gate let a user message through: the plan (who answers, with
// which support function and facts), the facilitator's scripted move, then each planned peer,
// each reply shown whole once it has passed the checks.
import { citationFor } from '../citations';
import { AI_REMINDER_EVERY, aiReminderWords, conflictWords, correctionWords, medicalRedirectWords } from '../facilitatorScript';
import type { SpeakerTask, TranscriptLine } from '../prompts/promptBuilder';
import { planTurn, type TurnPlan } from '../turnPlanner';
import type { Message } from '@shared/domain';
import type { SessionContext } from './context';
import type { GateVerdict } from './safetyGate';
import { facilitatorSays } from './scripted';
import { speak } from './speaker';
import { refreshSummary } from './summary';
import { warmAfterTurn } from './warm';
import { PLANNER_CONTEXT_CHARS, VARIANT_SEED_RANGE } from './sessionLimits';

/** Runs one piece of work as the session's turn: busy while it runs, typing cleared after. */
export async function asTurn(ctx: SessionContext, work: () => Promise<unknown>): Promise<void> {
  ctx.setBusy(true);
  ctx.stopRequested = false;
  try {
    await work();
  } finally {
    ctx.setBusy(false);
    ctx.cancelCurrent = undefined;
    ctx.deps.events.typing(null);
  }
}

/** The facilitator's scripted move before the peers (medical question, correction, conflict). */
async function facilitatorMove(ctx: SessionContext, plan: TurnPlan): Promise<void> {
  if (!plan.facilitator) return;
  const seed = Math.floor(ctx.random() * VARIANT_SEED_RANGE);
  switch (plan.facilitator.kind) {
    case 'medical-redirect':
      await facilitatorSays(ctx, medicalRedirectWords(ctx.language, seed, ctx.buddy?.persona.name), 'medical-redirect');
      return;
    case 'conflict':
      await facilitatorSays(ctx, conflictWords(ctx.language, seed), 'chat');
      return;
    case 'correction': {
      const citation = citationFor(plan.facilitator.fact, 1);
      await facilitatorSays(ctx, correctionWords(ctx.language, plan.facilitator.fact), 'correction', citation ? [citation] : []);
      return;
    }
  }
}

/** A reminder that members are AI-generated, every so often in a long session. */
async function maybeRemind(ctx: SessionContext): Promise<void> {
  const count = await ctx.store.messages.count(ctx.group.id);
  const recent = await ctx.store.messages.latest(ctx.group.id, AI_REMINDER_EVERY);
  if (count >= AI_REMINDER_EVERY && !recent.some((m) => m.kind === 'ai-reminder')) {
    await ctx.store.messages.add({ groupId: ctx.group.id, author: { kind: 'system' }, kind: 'ai-reminder', text: aiReminderWords(ctx.language, ctx.buddy?.persona.name) });
  }
}

async function lastMessageOf(ctx: SessionContext, memberId: string): Promise<string | undefined> {
  const recent = await ctx.store.messages.latest(ctx.group.id, 12);
  return recent.filter((m) => m.author.kind === 'member' && m.author.memberId === memberId).at(-1)?.id;
}

/**
 * Which part of a turn runs: all of it; only the facilitator's scripted words (no model is ready yet,
 * and caring words or a redirect must not wait for one); or only the peers (the model is ready now,
 * and the scripted part was said when the message arrived).
 */
export type TurnPart = 'all' | 'scripted' | 'peers';

/** The peers answer a message the gate let through ("anyone else?" brings in someone who did not just speak). */
export async function runTurn(ctx: SessionContext, message: Message | undefined, verdict: GateVerdict | undefined, anyoneElse: boolean, part: TurnPart = 'all'): Promise<void> {
  if (ctx.turning) return;
  await asTurn(ctx, async () => {
    const recent = await ctx.store.messages.latest(ctx.group.id, 6);
    const text = message?.text ?? '';
    const plan = planTurn({
      message: text,
      anyoneElse,
      context: recent
        .filter((m) => !m.safety && m.id !== message?.id)
        .map((m) => m.text)
        .join(' ')
        .slice(-PLANNER_CONTEXT_CHARS),
      members: ctx.members.map((m) => ({ id: m.id, persona: m.persona, muted: m.muted })),
      previousTurns: ctx.previousTurns,
      previousHadPeerToPeer: ctx.previousHadPeerToPeer,
      retrieve: ctx.deps.retrieve,
      random: ctx.random,
      ...(ctx.group.buddyMemberId ? { buddyMemberId: ctx.group.buddyMemberId } : {}),
      ...(verdict?.medical !== undefined ? { medicalQuestion: verdict.medical } : {}),
      ...(verdict?.addressed ? { addressed: verdict.addressed } : {}),
    });
    if (!anyoneElse && part !== 'peers' && verdict?.level === 'distress') {
      ctx.deps.events.crisis('distress', verdict.categories);
      await facilitatorSays(ctx, ctx.deps.safety.crisisWords('distress', verdict.categories, ctx.language), 'distress-care');
    }
    if (!anyoneElse && part !== 'peers') await facilitatorMove(ctx, plan);
    if (part === 'scripted') return;
    const round: TranscriptLine[] = [];
    const roundIds = new Set<string>();
    const spoke: string[] = [];
    for (const speaker of plan.speakers) {
      if (ctx.stopRequested || ctx.safety.state !== 'open') break;
      const member = ctx.members.find((m) => m.id === speaker.memberId);
      if (!member || member.muted) continue;
      const replyTo = speaker.replyToMemberId ? ctx.members.find((m) => m.id === speaker.replyToMemberId) : undefined;
      const task: SpeakerTask = { kind: 'reply', supportFunction: speaker.supportFunction, addressed: speaker.addressed, ...(replyTo ? { replyTo: replyTo.persona.name } : {}) };
      const reply = await speak(ctx, member, task, { facts: plan.facts, round, roundIds }, replyTo ? await lastMessageOf(ctx, replyTo.id) : undefined);
      if (reply?.text) {
        round.push({ speaker: member.persona.name, text: reply.text });
        roundIds.add(reply.id);
        spoke.push(member.id);
      }
    }
    ctx.previousTurns = [...ctx.previousTurns.slice(-10), spoke];
    ctx.previousHadPeerToPeer = plan.speakers.some((s) => s.replyToMemberId);
    await maybeRemind(ctx);
    if (!ctx.stopRequested && ctx.queued.length === 0 && ctx.safety.state === 'open') await refreshSummary(ctx);
  });
  if (part !== 'scripted') warmAfterTurn(ctx);
}
