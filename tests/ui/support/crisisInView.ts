import type { Locator } from 'playwright-core';

/** What of the crisis panel's first line shows without scrolling: its number, and each of its call and text buttons. */
export interface FirstLineInView {
  /** The panel has not been scrolled. */
  readonly unscrolled: boolean;
  readonly number: boolean;
  /** One entry per call or text button of the first line ("call", "text"), true when it lies wholly in view. */
  readonly actions: Readonly<Record<string, boolean>>;
}

/** Measures the open crisis panel (`panel`): what of its first line lies wholly inside both the panel and the window. */
export function firstLineInView(panel: Locator): Promise<FirstLineInView> {
  return panel.evaluate((dialog) => {
    const line = dialog.querySelector('[data-testid="help-line"]');
    const d = dialog.getBoundingClientRect();
    const bottom = Math.min(d.bottom, innerHeight);
    const inView = (el: Element | null | undefined): boolean => {
      if (!el) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= d.top && r.bottom <= bottom;
    };
    const actions: Record<string, boolean> = {};
    for (const button of line?.querySelectorAll('button[data-way="call"], button[data-way="text"]') ?? []) actions[button.getAttribute('data-way') ?? ''] = inView(button);
    return { unscrolled: dialog.scrollTop === 0, number: inView(line?.querySelector('[data-testid="phone-number"]')), actions };
  });
}
