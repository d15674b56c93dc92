import { describe, expect, it } from 'vitest';
import { SafetyPlan } from '@shared/domain';
import { fromDraft, isBlank, MAX_ITEMS, toDraft } from './planDraft';

describe('safety plan draft', () => {
  it('an empty plan starts with one blank line in every part, and saves as empty', () => {
    const draft = toDraft(undefined, 1000);
    expect(draft.warningSigns).toHaveLength(1);
    expect(draft.warningSigns[0]?.text).toBe('');
    const plan = fromDraft(draft, 2000);
    expect(isBlank(plan)).toBe(true);
    expect(plan.updatedAt).toBe(2000);
  });

  it('round-trips what was written, trimming and dropping blank lines', () => {
    const stored = SafetyPlan.parse({
      warningSigns: ['not sleeping'],
      thingsThatHelp: ['a walk', 'music'],
      peopleAndPlaces: [],
      professionals: ['Dr Rivera 555 0100'],
      reasonsToKeepGoing: ['my dog'],
      updatedAt: 5,
    });
    const draft = toDraft(stored, 10);
    const edited = { ...draft, thingsThatHelp: [...draft.thingsThatHelp, { key: 'x', text: '  a bath  ' }, { key: 'y', text: '   ' }] };
    const saved = fromDraft(edited, 20);
    expect(saved.thingsThatHelp).toEqual(['a walk', 'music', 'a bath']);
    expect(saved.warningSigns).toEqual(['not sleeping']);
    expect(SafetyPlan.safeParse(saved).success).toBe(true);
  });

  it('gives every item its own key so inputs keep focus when one above is removed', () => {
    const draft = toDraft({ warningSigns: [], thingsThatHelp: [], peopleAndPlaces: [], professionals: [], reasonsToKeepGoing: ['a', 'b', 'c'], updatedAt: 0 }, 0);
    expect(new Set(draft.reasonsToKeepGoing.map((i) => i.key)).size).toBe(3);
  });

  it('never stores more than the schema allows', () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ key: `k${i}`, text: 'x'.repeat(400) }));
    const saved = fromDraft({ ...toDraft(undefined, 0), peopleAndPlaces: many }, 1);
    expect(saved.peopleAndPlaces).toHaveLength(MAX_ITEMS);
    expect(SafetyPlan.safeParse(saved).success).toBe(true);
  });
});
