import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Goes to one of the header's places the way a person does: straight from the header, or, when the
 * window is narrow for its text and the places are folded away, through the Menu button first. The
 * header may still be folding (a text size just chosen applies a moment later), so it looks again
 * until the place is there to press.
 */
export async function goTo(page: Page, place: 'home' | 'insights' | 'real-support' | 'care-questions' | 'settings'): Promise<void> {
  const item = page.getByTestId(`nav-${place}`);
  const menu = page.getByTestId('nav-menu');
  await expect
    .poll(
      async () => {
        if (await item.isVisible()) return true;
        if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
        return item.isVisible();
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  await item.click();
}
