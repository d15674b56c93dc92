// The safety core's public API: what the group session, the reply guard and the crisis panel use.
export { assessCrisis, warmUpCrisisAssessment } from './assessCrisis';
export { loadSafety, safetyLoaded } from './loadSafety';
export { AdviceCheck, AdviceFlag, checkAdvice, warmUpAdviceGuard, type CheckAdviceOptions } from './adviceGuard';
export { adviceRedirect } from './adviceRedirect';
export { CrisisAssessment, CrisisCategory, CrisisLevel, type AssessCrisisOptions } from './crisisTypes';
export type { CrisisVerdict } from './crisisVerdict';
export { allContacts, contactsFor, emergencyComesFirst, planHelp, type Contact, type PanelLine, type PanelPlan } from './crisisLineSelection';
export { ScriptLanguage, crisisScript, distressScript, facilitatorScriptFor } from './crisisScript';
export {
  GuardOpinion,
  combineWithSecondOpinion,
  guardPrompt,
  isAmbiguous,
  parseGuardOutput,
  withSecondOpinion,
  type GuardModel,
} from './secondOpinion';
export { AskAbout, GateResponse, askAboutFor, decideResponse, type GateDecision } from './gateResponse';
