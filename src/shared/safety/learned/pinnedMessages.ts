// Messages whose non-crisis verdict other safety tests pin (assessCrisis.test.ts): the rules weigh
// a weak sign alone as distress, and a bare time as nothing. The backstop's threshold is raised
// above the committed model's probability on each, rather than changing those tests.

/** Raw messages the learned backstop must leave below crisis. */
export const PINNED_NOT_RAISED: readonly string[] = ['I have a full bottle of sleeping pills', 'tonight is the night'];
