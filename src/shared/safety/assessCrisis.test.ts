import { describe, expect, it } from 'vitest';
import { CRISIS_WEIGHT, RECENT_WINDOW, assessCrisis, assessCrisisByRules } from './assessCrisis';
import { CrisisAssessment } from './crisisTypes';
import { decideResponse } from './gateResponse';
import { loadSafetySync } from './loadSafetySync';

// The learned models, as the renderer has them once loadSafety() resolves.
loadSafetySync();

describe('assessCrisis', () => {
  it('returns a valid assessment for any text', () => {
    for (const text of ['', '   ', 'hello', 'kms', '🥺💊💊💊', 'x'.repeat(5000)]) {
      expect(CrisisAssessment.safeParse(assessCrisis(text)).success).toBe(true);
    }
  });

  it('routes direct intent, passive wishes and obfuscations', () => {
    for (const text of ['I want to kill myself', 'kms', 'i wish i was dead', 'cant do this anymore', '🥺💊💊💊', 'k1ll mys3lf', 'unalive']) {
      expect(assessCrisis(text).level, text).toBe('crisis');
    }
  });

  it('names the categories in a fixed order', () => {
    const a = assessCrisis("I don't care if I die, I'm not taking my insulin anymore");
    expect(a.categories).toEqual(['suicide', 'stopping-treatment']);
  });

  it('never echoes the user text in reasons', () => {
    const a = assessCrisis('Maria says I want to kill myself');
    expect(a.reasons.join(' ')).not.toMatch(/maria/i);
    for (const r of a.reasons) expect(r).toMatch(/^[a-z0-9:-]+$/);
  });

  it('gives distress for pain without risk, none for everyday talk', () => {
    expect(assessCrisis('I feel so hopeless about this diagnosis')).toMatchObject({ level: 'distress' });
    expect(assessCrisis('my infusion went fine today')).toEqual({ level: 'none', categories: [], reasons: [], uncertain: false });
  });

  it('always says whether the verdict is uncertain', () => {
    for (const text of ['I want to kill myself', 'my infusion went fine today', 'I feel so hopeless about this diagnosis']) {
      expect(typeof assessCrisis(text).uncertain, text).toBe('boolean');
    }
    expect(assessCrisis('I want to kill myself').uncertain).toBe(false);
  });

  it('a weak sign alone is distress', () => {
    expect(assessCrisis('my pills are right here').level).toBe('distress');
  });

  it('two weak signs in one message route', () => {
    const a = assessCrisisByRules("my pills are right here and my affairs are in order");
    expect(a.level).toBe('crisis');
    expect(a.reasons.some((r) => r.startsWith('combined-weight:'))).toBe(true);
    // With the learned model on top, a rule crisis is never left to the group: the panel, or the ask when the model doubts it.
    expect(decideResponse(assessCrisis("my pills are right here and my affairs are in order")).response).not.toBe('group');
  });

  it('counts the same words once even when two rules match them', () => {
    const a = assessCrisisByRules('I have a full bottle of sleeping pills');
    expect(a.reasons).toEqual(expect.arrayContaining(['method-at-hand']));
    expect(a.level).toBe('distress');
  });

  it('adds weak signs across recent messages', () => {
    expect(assessCrisisByRules('tonight is the night').level).toBe('none');
    const a = assessCrisisByRules('tonight is the night', { recent: ["my pills are right here"] });
    expect(a.level).toBe('crisis');
    expect(a.categories).toEqual(['suicide']);
    expect(a.reasons).toContain('recent:method-at-hand');
  });

  it('only looks back RECENT_WINDOW messages', () => {
    const filler = Array.from({ length: RECENT_WINDOW }, () => 'ok');
    expect(assessCrisisByRules('tonight is the night', { recent: ["my pills are right here", ...filler] }).level).toBe('none');
  });

  // The rules' own weighing of details and distress (the floor); the learned model may read these differently.
  it('details only count next to a warning sign of the same category (rules)', () => {
    expect(assessCrisisByRules("I'm sweating", { recent: ["my pills are right here"] }).level).not.toBe('crisis');
    expect(assessCrisisByRules("now I'm sweating", { recent: ['my chest feels tight'] }).level).toBe('crisis');
    expect(assessCrisis("now I'm sweating", { recent: ['my chest feels tight'] }).level).toBe('crisis');
  });

  it('distress next to a warning sign leans to crisis (rules), and the whole verdict at least asks', () => {
    expect(CRISIS_WEIGHT).toBe(1.5);
    expect(assessCrisisByRules('I feel hopeless', { recent: ["my pills are right here"] }).level).toBe('crisis');
    expect(decideResponse(assessCrisis('I feel hopeless', { recent: ["my pills are right here"] })).response).not.toBe('group');
  });

  it('keeps resources in view for a quiet message after a crisis', () => {
    const a = assessCrisis('anyway, how was everyone’s week', { recent: ['I want to kill myself'] });
    expect(a).toMatchObject({ level: 'distress', categories: ['suicide'] });
  });

  it('is fast: under the 2 ms budget per typical message once warm (figures: npm run bench -- --only safety)', () => {
    const messages = ['this flare is killing me', 'I want to die', 'my endo appointment is on Friday', 'me muero de hambre', "I'm not suicidal, just tired"];
    for (let i = 0; i < 200; i++) for (const m of messages) assessCrisis(m);
    // CPU time, not wall time: the build machine is shared, and waiting for a core is not our cost.
    const start = process.cpuUsage();
    const rounds = 400;
    for (let i = 0; i < rounds; i++) for (const m of messages) assessCrisis(m);
    const used = process.cpuUsage(start);
    const perMessage = (used.user + used.system) / 1000 / (rounds * messages.length);
    expect(perMessage).toBeLessThan(2);
  });

  it('reads the usual dose taken as directed as no overdose, while a bare "took all my pills" still opens the panel', () => {
    for (const text of [
      'I took all my pills this morning like I should, and I still feel wiped out.',
      'took all my tablets on time today, still no energy',
      'I took all my pills as prescribed and the nausea is back.',
      'Me tomé todas mis pastillas esta mañana como debo y sigo agotada.',
    ]) {
      expect(assessCrisisByRules(text).level, text).toBe('none');
    }
    for (const text of ['I took all my pills.', 'I took all my pills. I am so tired of everything.', 'took a handful of my morning pills like i should', 'me tomé todas las pastillas']) {
      expect(assessCrisisByRules(text), text).toMatchObject({ level: 'crisis', categories: ['overdose'] });
    }
  });

  it('full classifier: the usual dose taken as directed stays with the group (regression examples)', () => {
    const group = (text: string, recent: string[] = []): string => decideResponse(assessCrisis(text, { recent })).response;
    expect(group('I took all my pills this morning like I should, and I still feel wiped out.')).toBe('group');
    expect(group('I took all my meds this morning and I am still exhausted.')).toBe('group');
    expect(group('I took all my pills.')).toBe('panel');
  });
});
