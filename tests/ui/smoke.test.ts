import { describe, expect, it } from 'vitest';
import { benchForThisFile } from './support/fileBench';

const { bench } = benchForThisFile();

describe('app shell smoke test (real Chromium, built renderer)', () => {
  it('loads the shell and shows the AI disclosure on the first screen', async () => {
    const hp = await bench.open();
    const disclosure = hp.page.getByTestId('ai-disclosure');
    await disclosure.waitFor();
    await expect(disclosure.innerText()).resolves.toMatch(/AI-generated/);
    await expect(hp.page.getByRole('heading', { level: 1 }).innerText()).resolves.toMatch(/people who get it/i);
    await hp.screenshot('first-screen');
    expect(hp.pageErrors).toEqual([]);
  });

  it('enforces the CSP: the renderer cannot reach an outside address', async () => {
    const hp = await bench.open();
    const outcome = await hp.page.evaluate(async () => {
      const violations: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
      let fetched = false;
      try {
        await fetch('https://example.com/');
        fetched = true;
      } catch {
        fetched = false;
      }
      await new Promise((r) => setTimeout(r, 50));
      return { fetched, violations };
    });
    expect(outcome.fetched).toBe(false);
    expect(outcome.violations).toContain('connect-src');
  });

  it('blocks the loopback Ollama port too (only main talks to Ollama)', async () => {
    const hp = await bench.open();
    const blocked = await hp.page.evaluate(async () => {
      try {
        await fetch('http://127.0.0.1:11434/api/version');
        return false;
      } catch {
        return true;
      }
    });
    expect(blocked).toBe(true);
  });

  it('window.hearth reaches the real main handlers over the contract', async () => {
    const hp = await bench.open({ locale: 'es-MX' });
    const info = await hp.page.evaluate(() => window.hearth.app.info({}));
    expect(info).toMatchObject({ ok: true, value: { locale: 'es-MX', testBench: true } });
    const refused = await hp.page.evaluate(() => window.hearth.shell.openExternal({ url: 'https://tracker.example.com/' }));
    expect(refused).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const opened = await hp.page.evaluate(() => window.hearth.shell.openExternal({ url: 'tel:988' }));
    expect(opened).toEqual({ ok: true, value: { opened: true } });
    expect(hp.opened).toEqual(['tel:988']);
  });
});
