import { describe, expect, it } from 'vitest';
import { collectReviewedLinks, isReviewedLink } from './reviewedLinks';

describe('reviewed links', () => {
  it('gathers every https address from shipped data, and matches a link exactly (fragment aside)', () => {
    const reviewed = collectReviewedLinks([JSON.stringify({ sources: [{ url: 'https://www.niams.nih.gov/health-topics/lupus' }], orgs: { a: { website: 'https://www.lupus.org/' } }, note: 'http://plain.example' })]);
    expect([...reviewed].sort()).toEqual(['https://www.lupus.org/', 'https://www.niams.nih.gov/health-topics/lupus']);
    expect(isReviewedLink('https://www.niams.nih.gov/health-topics/lupus#symptoms', reviewed)).toBe(true);
    expect(isReviewedLink('https://www.niams.nih.gov/health-topics/lupus?next=https://evil.example', reviewed)).toBe(false);
    expect(isReviewedLink('https://www.lupus.org/redirect', reviewed)).toBe(false);
    expect(isReviewedLink('not a url', reviewed)).toBe(false);
  });
});
