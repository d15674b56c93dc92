// The safety plan while it is being edited: each item carries a key so inputs keep their focus when
// an item above them is removed. Pure, so the conversions are tested without a browser.
import { emptySafetyPlan, type SafetyPlan } from '@shared/domain';

/** The plan's parts, in the order the screen and the printout show them. */
export const PLAN_SECTIONS = ['warningSigns', 'thingsThatHelp', 'peopleAndPlaces', 'professionals', 'reasonsToKeepGoing'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

/** Limits from the SafetyPlan schema, enforced in the inputs so a save never fails on length. */
export const MAX_ITEMS = 20;
export const MAX_ITEM_LENGTH = 300;

export interface DraftItem {
  readonly key: string;
  readonly text: string;
}
export type PlanDraft = Readonly<Record<PlanSection, readonly DraftItem[]>> & { readonly updatedAt: number };

let nextKey = 0;
/** A fresh item key, unique for this page's life. */
export const newItemKey = (): string => `item-${++nextKey}`;

/** The stored plan (or an empty one) as an editable draft. Every part starts with one empty line to write on. */
export function toDraft(plan: SafetyPlan | undefined, now: number): PlanDraft {
  const source = plan ?? emptySafetyPlan(now);
  const items = (texts: readonly string[]): DraftItem[] => (texts.length ? texts : ['']).map((text) => ({ key: newItemKey(), text }));
  return {
    warningSigns: items(source.warningSigns),
    thingsThatHelp: items(source.thingsThatHelp),
    peopleAndPlaces: items(source.peopleAndPlaces),
    professionals: items(source.professionals),
    reasonsToKeepGoing: items(source.reasonsToKeepGoing),
    updatedAt: source.updatedAt,
  };
}

/** The draft as a plan to store: blank lines are dropped, text is trimmed and kept within the schema's limits. */
export function fromDraft(draft: PlanDraft, now: number): SafetyPlan {
  const texts = (items: readonly DraftItem[]): string[] =>
    items
      .map((i) => i.text.trim().slice(0, MAX_ITEM_LENGTH))
      .filter((t) => t.length > 0)
      .slice(0, MAX_ITEMS);
  return {
    warningSigns: texts(draft.warningSigns),
    thingsThatHelp: texts(draft.thingsThatHelp),
    peopleAndPlaces: texts(draft.peopleAndPlaces),
    professionals: texts(draft.professionals),
    reasonsToKeepGoing: texts(draft.reasonsToKeepGoing),
    updatedAt: now,
  };
}

/** Whether the person has written anything at all. */
export const isBlank = (plan: SafetyPlan): boolean => PLAN_SECTIONS.every((s) => plan[s].length === 0);
