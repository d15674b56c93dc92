// "Find real people" in real Chromium: the person's condition and country first, what each
// organisation offers, general directories, links opened by main (allowlisted) — and reachable
// before any model is set up.
import { describe, expect, it } from 'vitest';
import { modelPresent, runOnboardingJourney } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';

const { bench, fake } = benchForThisFile({ fake: {} });

describe('find real people (real Chromium)', () => {
  it('lists lupus organisations in the US first, with what they offer, and opens their site through main', async () => {
    const hp = await bench.open({ locale: 'en-US', deps: modelPresent(fake) });
    const { page } = hp;
    await runOnboardingJourney(hp, 'lupus');
    await page.getByTestId('nav-real-support').click();
    await page.getByTestId('real-support').waitFor();
    const near = page.getByRole('region', { name: 'Near you' });
    const first = near.getByTestId('organisation').first();
    await expect(first.innerText()).resolves.toMatch(/Lupus Foundation of America[\s\S]*United States[\s\S]*Online[\s\S]*In person/);
    await first.getByRole('button', { name: /Visit Lupus Foundation of America at lupus\.org/ }).click();
    await expect.poll(() => hp.opened).toEqual(['https://www.lupus.org/support-groups-florida']);

    // General directories are always there; other countries fold away.
    await page.getByRole('region', { name: 'General directories' }).getByText('Find A Helpline').waitFor();
    await page.getByText(/In other countries \(\d+\)/).click();
    await page.getByText('LUPUS UK').waitFor();
    await hp.screenshot('real-support-us-lupus');

    // Another country and condition.
    await page.getByLabel('Country').selectOption('GB');
    await page.getByLabel('Condition').selectOption('multiple-sclerosis');
    await expect.poll(() => near.getByTestId('organisation').count()).toBeGreaterThan(0);
    await page.getByLabel('Country').selectOption('ES');
    await near.getByText(/doesn't list an organisation in this country/).waitFor();
    expect(hp.pageErrors).toEqual([]);
  }, 60_000);
});
