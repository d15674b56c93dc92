// The cohort factory's public face: build a group's personas, and describe one in a line.
export { buildCohort, buildCohortDetail, type Cohort, type CohortDetail, type CohortInput } from './buildCohort';
export { cohortSummary, challengeHeadline, sinceDiagnosis, type SummaryOptions } from './cohortSummary';
export { ROLES, rolesFor } from './cohortPlan';
export { cohortPackIds, otherPacksWanted, type CohortPackCandidate } from './cohortPacks';
