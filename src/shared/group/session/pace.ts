/** Human typing pace before a member's reply appears, as the app shows it: about 45 characters a second. */
export const HUMAN_MS_PER_CHAR = 22;
