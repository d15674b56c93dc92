// Messages whose non-crisis verdict other safety tests pin (assessCrisis.test.ts): a bare time
// ("tonight is the night") means nothing on its own. The backstop's threshold is raised above the
// committed model's probability on it. (Means at hand said alone — "a full bottle of sleeping
// pills" — is left to the backstop to route: when in doubt, crisis.)

/** Raw messages the learned backstop must leave below crisis. */
export const PINNED_NOT_RAISED: readonly string[] = ['tonight is the night'];
