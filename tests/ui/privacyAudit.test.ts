// The disk audit of `npm run privacy:audit`, as a test: Hearth through onboarding with a passphrase,
// messages, a passphrase change, removing and setting it again, a quick exit and a restart, in a
// persistent Chromium profile. No step may leave the person's words anywhere in the profile's files,
// and no earlier key (from an old passphrase, a kept key record or a keychain copy) may open anything.
import { describe, expect, it } from 'vitest';
import { runPrivacyAudit } from './audit/privacyAudit';

describe('privacy audit (persistent Chromium profile, storage buckets on)', () => {
  it('finds no plaintext and no record an old key opens, over every step', { timeout: 240_000 }, async () => {
    const lines: string[] = [];
    const result = await runPrivacyAudit((line) => lines.push(line));
    expect(result.canaryFound, lines.join('\n')).toBe(true);
    expect(result.steps.map((s) => s.name)).toEqual([
      'onboarding answers typed',
      'passphrase set and group started',
      'messages written',
      'passphrase changed',
      'passphrase removed and set again',
      'quick exit',
      'restarted and unlocked',
    ]);
    expect(result.steps.flatMap((s) => s.plaintextHits)).toEqual([]);
    expect(result.summary).toEqual({ steps: 7, plaintext_hits: 0, old_key_opens: 0 });
  });
});
