import type { Page } from 'playwright-core';

/**
 * Goes to one of the header's places the way a person does: straight from the header, or, when the
 * window is narrow for its text and the places are folded away, through the Menu button first.
 */
export async function goTo(page: Page, place: 'home' | 'insights' | 'real-support' | 'care-questions' | 'settings'): Promise<void> {
  const menu = page.getByTestId('nav-menu');
  if ((await menu.isVisible()) && (await menu.getAttribute('aria-expanded')) !== 'true') await menu.click();
  await page.getByTestId(`nav-${place}`).click();
}
