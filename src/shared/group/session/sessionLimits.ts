// The session's pacing and size limits, named in one place so each can be read and tuned by its reason.

/** Longest pause before a scripted line (the facilitator's moves are short; never make someone wait long for them). */
export const SCRIPTED_TYPING_MAX_MS = 1500;
/** Scripted lines "type" at half the peers' pace: they were written beforehand. */
export const SCRIPTED_TYPING_PACE = 0.5;
/** Longest typing pause before a model reply appears, however long the reply (a slow model already waited). */
export const REPLY_TYPING_MAX_MS = 6000;
/** Seeds for choosing among scripted variants (redirect and move wordings) are drawn from 0 to this. */
export const VARIANT_SEED_RANGE = 1000;
/** How much of the recent conversation (characters, newest kept) the turn planner reads for context. */
export const PLANNER_CONTEXT_CHARS = 600;
/** The longest rolling summary kept (characters): it goes into every later prompt. */
export const SUMMARY_MAX_CHARS = 4000;
