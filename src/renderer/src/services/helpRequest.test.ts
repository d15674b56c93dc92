import { describe, expect, it, vi } from 'vitest';

describe('"Get help now" before the app is there', () => {
  it('is answered once the app can open the panel, and later presses at once', async () => {
    const { answerHelpRequests, requestHelp } = await import('./helpRequest');
    const open = vi.fn();
    requestHelp();
    requestHelp();
    expect(open).not.toHaveBeenCalled();
    answerHelpRequests(open);
    expect(open).toHaveBeenCalledTimes(1);
    requestHelp();
    expect(open).toHaveBeenCalledTimes(2);
  });
});
