import type { Page } from 'playwright-core';

/**
 * The shortest way through onboarding to a group: Get started → condition → Start my group now.
 * Used by tests that are about the group rather than onboarding.
 */
export async function startGroupThroughOnboarding(page: Page, condition = 'T2D'): Promise<void> {
  await page.getByRole('button', { name: /get started|empezar/i }).click();
  await page.getByLabel(/your condition|tu condición|tu enfermedad/i).fill(condition);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /start my group now|empezar mi grupo/i }).click();
  await page.getByTestId('message-list').waitFor();
}
