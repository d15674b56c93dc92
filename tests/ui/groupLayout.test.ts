// The group layout bends (issue 14, item 3): at 1024×640 and 1280×800, each at 100%, 150% and 200%
// text, measured in real Chromium. The messages keep real height, the topic dropdown is never cut
// off, the members panel becomes a drawer when the window is narrow for its text (a visible button,
// keyboard, focus inside, Esc closes, focus comes back), and the crisis panel shows its first number
// and that line's Call and Text buttons without scrolling. Spanish too, whose longer words (“Terminar
// la sesión”, the AI note) must bend the same way.
// Screenshots: test-results/screenshots/layout-[es-]<w>x<h>-<size>[-drawer|-crisis].png.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIRST_FACILITATOR_MESSAGE, modelPresent } from '@bench/scenarios/onboarding';
import { benchForThisFile } from './support/fileBench';
import { startGroupThroughOnboarding } from './support/startGroup';
import { goTo } from './support/nav';
import { firstLineInView, type FirstLineInView } from './support/crisisInView';
import { chooseTextSize, TEXT_SIZES } from './support/textSize';

const { bench, fake } = benchForThisFile({ fake: { speed: { genTokensPerSec: 2000 } } });

interface GroupMeasures {
  readonly viewport: { readonly width: number; readonly height: number };
  /** Height of the scrolling message area, in CSS pixels. */
  readonly messages: number;
  /** Heights of the group's header and of the composer (what the messages share the window with). */
  readonly header: number;
  readonly composer: number;
  /** The topic dropdown lies wholly inside the window and is wide enough for the topic it shows. */
  readonly topic: { readonly inWindow: boolean; readonly textFits: boolean };
  /** Width of the members panel beside the chat (0 when it is a drawer). */
  readonly sidePanel: number;
  /** The button that opens the members drawer is shown. */
  readonly drawerButton: boolean;
  /** The page itself does not scroll: the chat fills the window. */
  readonly pageScrolls: boolean;
  /** The model status in the header: the words it shows (not a dot alone), and whether they fit inside it and the window. */
  readonly modelStatus: { readonly words: string; readonly fits: boolean };
}

/** What the group screen looks like now, in numbers. */
function measureGroup(page: Page): Promise<GroupMeasures> {
  return page.evaluate(() => {
    const visible = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el.getClientRects().length > 0;
    const list = document.querySelector('[data-testid="message-list"]');
    const select = document.querySelector<HTMLSelectElement>('[data-testid="topic-select"]');
    const side = document.querySelector('[data-testid="members-panel"]');
    const button = document.querySelector('[data-testid="members-button"]');
    const header = document.querySelector('[data-testid="group-header"]');
    const composer = document.querySelector('[data-testid="composer"]')?.closest('[data-testid="composer-bar"]') ?? null;
    const chip = document.querySelector<HTMLElement>('[data-testid="model-status-chip"]');
    const chipBox = chip?.getBoundingClientRect();
    let topic = { inWindow: false, textFits: false };
    if (select && visible(select)) {
      const r = select.getBoundingClientRect();
      const style = getComputedStyle(select);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = style.font;
      const text = select.selectedOptions[0]?.textContent ?? '';
      // The text, the padding, and room for the arrow (about one em).
      const needed = ctx.measureText(text).width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + parseFloat(style.fontSize);
      topic = { inWindow: r.left >= 0 && r.top >= 0 && r.right <= innerWidth + 0.5 && r.bottom <= innerHeight + 0.5, textFits: r.width + 0.5 >= needed };
    }
    return {
      viewport: { width: innerWidth, height: innerHeight },
      messages: list ? Math.round(list.getBoundingClientRect().height) : 0,
      header: header ? Math.round(header.getBoundingClientRect().height) : 0,
      composer: composer ? Math.round(composer.getBoundingClientRect().height) : 0,
      topic,
      sidePanel: visible(side) ? Math.round(side.getBoundingClientRect().width) : 0,
      drawerButton: visible(button),
      pageScrolls: document.documentElement.scrollHeight > innerHeight + 1,
      modelStatus: {
        // Words that take room on screen: a label hidden for screen readers only is 1 px wide.
        words: [...(chip?.querySelectorAll('span') ?? [])]
          .filter((span) => span.children.length === 0 && span.getBoundingClientRect().width > 2)
          .map((span) => span.textContent ?? '')
          .join(' ')
          .trim(),
        fits: Boolean(chip && chipBox && chip.scrollWidth <= chip.clientWidth + 1 && chipBox.left >= 0 && chipBox.right <= innerWidth + 0.5),
      },
    };
  });
}

/** Back into the group from wherever the page is (Home → Continue, in the page's language). */
async function openGroup(page: Page, continueLabel: string): Promise<void> {
  await goTo(page, 'home');
  await page.getByTestId('group-card').first().getByRole('button', { name: continueLabel }).click();
  await page.getByTestId('message-list').waitFor();
  await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
}

/** The members drawer, by keyboard: opens from its button, takes focus, Esc closes it and focus returns. */
async function drawerByKeyboard(page: Page): Promise<{ focusInside: boolean; closedByEsc: boolean; focusBack: boolean; membersListed: number }> {
  const button = page.getByTestId('members-button');
  await button.focus();
  await page.keyboard.press('Enter');
  const drawer = page.getByTestId('members-drawer');
  await drawer.waitFor();
  const focusInside = await drawer.evaluate((d) => d.contains(document.activeElement));
  const membersListed = await drawer.getByRole('listitem').count();
  await page.keyboard.press('Escape');
  await drawer.waitFor({ state: 'detached' });
  const focusBack = await button.evaluate((b) => document.activeElement === b);
  return { focusInside, closedByEsc: true, focusBack, membersListed };
}

/** Opens the crisis panel and measures its first line: the number and its Call and Text buttons, unscrolled. */
async function crisisInView(page: Page): Promise<FirstLineInView> {
  await page.getByTestId('get-help-now').click();
  const panel = page.getByTestId('crisis-panel');
  await panel.waitFor();
  return firstLineInView(panel);
}

const closeCrisis = async (page: Page) => {
  await page.keyboard.press('Escape');
  await page.getByTestId('crisis-panel').waitFor({ state: 'detached' });
};

// Minimum message-area heights (CSS px), from what the layout measures now, with a little slack. Before
// the layout bent: 293 / 213 / 80 at 1024×640 and 453 at 1280×800-100. At 200% text a 640-pixel window
// is only 20 lines high (each line of a message about 50 px), and the app header with Get help now,
// the group's controls and the AI note must stay, so "real height" there means four lines, not a sliver.
const MIN_MESSAGES: Readonly<Record<string, number>> = {
  // The header is two rows here since main's nav has five places (one row needs about 76em): 436 → 384.
  '1024x640-100': 380,
  '1024x640-150': 330,
  '1024x640-200': 200,
  '1280x800-100': 520,
  '1280x800-150': 400,
  '1280x800-200': 390,
};

// The same screen in Spanish, whose labels run longer ("Terminar la sesión", "Pedir ayuda ahora", the AI
// note). Before the Spanish header bent, 1024×640 at 200% left 12 px of messages (the app's help buttons
// took a second row and "Terminar la sesión" a row of its own); now 236, as in English. At 1280×800-100
// the app's places leave the model status on a second row in Spanish (496 px, not 540): a minimum of its own.
const MIN_MESSAGES_ES: Readonly<Record<string, number>> = { ...MIN_MESSAGES, '1280x800-100': 480 };

const LANGUAGES = [
  { lang: 'en', locale: 'en-US', prefix: '', continueLabel: 'Continue', minimum: MIN_MESSAGES },
  { lang: 'es', locale: 'es-ES', prefix: 'es-', continueLabel: 'Continuar', minimum: MIN_MESSAGES_ES },
] as const;

// Cases where the crisis panel's first number or its Call and Text buttons may sit below its fold (none
// now: Spanish at 200 % in a 640-pixel window once needed an entry, until the panel's visible heading
// gave way on the shortest screens; the Call button followed the line's description until it came first).
const CRISIS_PANEL_GAPS: ReadonlySet<string> = new Set<string>([]);

const VIEWPORTS = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
] as const;

/** The drawer has finished sliding in (a screenshot mid-slide shows it cut off at the edge). */
const drawerSettled = (page: Page): Promise<unknown> =>
  page.getByTestId('members-drawer').evaluate((d) => Promise.all(d.getAnimations().map((a) => a.finished)));

describe('a group layout that bends (real Chromium)', () => {
  for (const { lang, locale, prefix, continueLabel, minimum } of LANGUAGES) {
    for (const viewport of VIEWPORTS) {
      it(`${lang}: ${viewport.width}×${viewport.height} at 100%, 150% and 200% text`, async () => {
        const hp = await bench.open({ viewport, locale, deps: modelPresent(fake) });
        const { page } = hp;
        await startGroupThroughOnboarding(page, 'lupus');
        await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
        const report: Record<string, unknown> = {};
        for (const size of TEXT_SIZES) {
          const key = `${viewport.width}x${viewport.height}-${size}`;
          const shot = `layout-${prefix}${key}`;
          await chooseTextSize(page, size);
          await openGroup(page, continueLabel);
          const m = await measureGroup(page);
          await hp.screenshot(shot);
          const drawer = m.drawerButton ? await drawerByKeyboard(page) : null;
          if (m.drawerButton) {
            await page.getByTestId('members-button').click();
            await page.getByTestId('members-drawer').waitFor();
            await drawerSettled(page);
            await hp.screenshot(`${shot}-drawer`);
            await page.keyboard.press('Escape');
          }
          const crisis = await crisisInView(page);
          await hp.screenshot(`${shot}-crisis`);
          await closeCrisis(page);
          report[key] = { ...m, drawer, crisis };

          expect.soft(m.messages, `${key}: message area height`).toBeGreaterThanOrEqual(minimum[key]!);
          expect.soft(m.topic, `${key}: topic dropdown`).toEqual({ inWindow: true, textFits: true });
          expect.soft(m.pageScrolls, `${key}: the page itself scrolls`).toBe(false);
          // The model's state in words at every size ("Ready" / "Listo" when the header is folded), never a coloured dot alone.
          expect.soft(m.modelStatus.words, `${key}: the model status in words`).toMatch(/\p{L}{4,}/u);
          expect.soft(m.modelStatus.fits, `${key}: the model status fits`).toBe(true);
          // Either a panel beside the chat that leaves the chat most of the width, or a drawer with its button.
          if (m.drawerButton) {
            expect.soft(m.sidePanel, `${key}: no panel beside the chat when it is a drawer`).toBe(0);
            expect.soft(drawer, `${key}: drawer by keyboard`).toEqual({ focusInside: true, closedByEsc: true, focusBack: true, membersListed: 6 });
          } else {
            expect.soft(m.sidePanel / viewport.width, `${key}: members panel share of the width`).toBeLessThanOrEqual(0.3);
            expect.soft(m.sidePanel, `${key}: members panel shown`).toBeGreaterThan(0);
          }
          // Large text in a small window: the panel is a drawer.
          if (size === 200 || (size === 150 && viewport.width === 1024)) expect.soft(m.drawerButton, `${key}: members drawer`).toBe(true);
          if (size === 100) expect.soft(m.drawerButton, `${key}: members beside the chat`).toBe(false);
          if (!CRISIS_PANEL_GAPS.has(`${lang}:${key}`)) {
            expect.soft(crisis.unscrolled && crisis.number, `${key}: a crisis number without scrolling`).toBe(true);
            // …and the first line's Call (and Text, where the line takes texts) beside it, not below the fold.
            expect.soft(crisis.actions, `${key}: the first line's Call and Text without scrolling`).toEqual(Object.fromEntries(Object.keys(crisis.actions).map((way) => [way, true])));
            expect.soft(Object.keys(crisis.actions), `${key}: the first line has a Call button`).toContain('call');
          }
        }
        console.log(JSON.stringify({ lang, report }));
        expect(hp.pageErrors).toEqual([]);
        await hp.close();
      }, 90_000);
    }
  }
});
