// After a session: the four-question check-in, then "How I'm doing" with the chart (and its table),
// averages per group, and the next steps chosen, marked done. Real Chromium, fake Ollama.
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent, runOnboardingJourney } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';

const { bench, fake } = benchForThisFile({ fake: {} });

describe('check-in and insights (real Chromium)', () => {
  it('two sessions with check-ins: the chart, its table, per-group averages, and a next step marked done', async () => {
    const hp = await bench.open({ deps: modelPresent(fake) });
    const { page } = hp;
    await runOnboardingJourney(hp);
    await page.getByTestId('nav-insights').click();
    await page.getByText(/Nothing here yet/).waitFor();

    const session = async (scores: readonly number[], mood: number | null, step: string | null, nudge: boolean) => {
      await page.getByTestId('nav-home').click();
      await page.getByTestId('group-card').first().getByRole('button', { name: 'Continue' }).click();
      await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
      await page.getByRole('button', { name: 'End session' }).click();
      if (step) {
        await page.getByLabel('What would you like to do before next time?').fill(step);
        await page.getByRole('button', { name: 'Save my step' }).click();
      } else {
        await page.getByRole('button', { name: 'Skip' }).click();
      }
      await page.getByTestId('check-in').waitFor();
      // Real people are suggested at the first close, then every third: not this time.
      await expect.poll(() => page.getByTestId('real-people-nudge').count()).toBe(nudge ? 1 : 0);
      // One tap on the mood would save at once; this person takes the full check-in.
      await page.getByTestId('mood-tap').waitFor();
      await page.getByTestId('full-check-in').click();
      // The step chosen at this close is shown back; with none, the check-in offers to note one.
      if (step) await page.getByText(`Your next step from this session: “${step}”`, { exact: false }).waitFor();
      else await page.getByLabel('Your next step (optional)').waitFor();
      for (const [i, name] of ['informational', 'emotional', 'appraisal', 'instrumental'].entries()) {
        await page.getByRole('radio', { name: new RegExp(`^${scores[i]} out of 5`) }).and(page.locator(`[name="${name}"]`)).check();
      }
      if (mood) await page.locator(`input[name="mood"][value="${mood}"]`).check();
      await hp.screenshot('check-in-answered');
      await page.getByTestId('save-check-in').click();
      await page.getByTestId('insights').waitFor();
    };
    await session([2, 3, 2, 4], 2, 'Ask my GP about the fatigue', true);
    await session([4, 5, 3, 4], null, null, false);

    // The chart draws both check-ins; its table says the same in words.
    const chart = page.locator('svg[role="img"]');
    await expect(chart.getAttribute('aria-labelledby')).resolves.toBeTruthy();
    await expect(chart.locator('polyline').count()).resolves.toBe(5);
    await page.getByText('Show the numbers as a table').click();
    const rows = page.locator('figure table tbody tr');
    await expect(rows.count()).resolves.toBe(2);
    await expect(rows.nth(0).innerText()).resolves.toMatch(/2\s+3\s+2\s+4\s+2/);
    await expect(rows.nth(1).innerText()).resolves.toMatch(/4\s+5\s+3\s+4\s+—/);

    // Averages per group.
    await expect(page.getByRole('table').nth(1).innerText()).resolves.toMatch(/3 out of 5[\s\S]*4 out of 5[\s\S]*2\.5 out of 5[\s\S]*4 out of 5/);
    // …and those words are on screen, under each bar, not clipped away by the bar (a rule meant for the
    // first check-in's bars once gave the table's cells a bar's height and hid them).
    const clipped = await page.getByRole('table').nth(1).evaluate((table) =>
      [...table.querySelectorAll('td span')]
        .filter((span) => span.children.length === 0 && /out of 5/.test(span.textContent ?? ''))
        .filter((span) => {
          const r = span.getBoundingClientRect();
          for (let el = span.parentElement; el && el !== table; el = el.parentElement) {
            if (getComputedStyle(el).overflow === 'visible') continue;
            const box = el.getBoundingClientRect();
            if (r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) return true;
          }
          return false;
        })
        .map((span) => span.textContent),
    );
    expect(clipped).toEqual([]);

    // The next step chosen at the close, then marked done.
    await page.getByText('Ask my GP about the fatigue').waitFor();
    await page.getByRole('button', { name: 'I did it: Ask my GP about the fatigue' }).click();
    await page.getByText('1 done, 0 still open, 0 let go.').waitFor();
    await hp.screenshot('insights-two-sessions');
    expect(hp.pageErrors).toEqual([]);
  }, 90_000);
});
