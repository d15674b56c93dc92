import { z } from 'zod';
import { Timestamp } from './ids';

const Items = z.array(z.string().max(300)).max(20);

/** A simple safety plan the user fills in and keeps. Sensitive: encrypted at rest. */
export const SafetyPlan = z.object({
  warningSigns: Items,
  thingsThatHelp: Items,
  peopleAndPlaces: Items,
  professionals: Items,
  reasonsToKeepGoing: Items,
  updatedAt: Timestamp,
});
export type SafetyPlan = z.infer<typeof SafetyPlan>;

export const emptySafetyPlan = (now: number): SafetyPlan => ({
  warningSigns: [],
  thingsThatHelp: [],
  peopleAndPlaces: [],
  professionals: [],
  reasonsToKeepGoing: [],
  updatedAt: now,
});
