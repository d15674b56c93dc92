// Electron end-to-end: runs the real built app in Electron. Only where an Electron binary exists
// (it cannot be downloaded on the build machines): `HEARTH_E2E_ELECTRON=1 npm run test:e2e-electron`.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';

const enabled = process.env['HEARTH_E2E_ELECTRON'] === '1';
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe.runIf(enabled)('Hearth in Electron (HEARTH_E2E_ELECTRON=1)', () => {
  it('opens one hardened window showing the AI disclosure', async () => {
    const app = await electron.launch({ args: [repoRoot], cwd: repoRoot });
    try {
      const win = await app.firstWindow();
      await win.getByTestId('ai-disclosure').waitFor();
      expect(win.url()).toBe('app://hearth/index.html');
      const windows = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);
      expect(windows).toBe(1);
      const nodeVisible = await win.evaluate(() => typeof (globalThis as { process?: unknown }).process !== 'undefined');
      expect(nodeVisible).toBe(false);
      const hasNode = await win.evaluate(() => typeof (globalThis as { require?: unknown }).require !== 'undefined');
      expect(hasNode).toBe(false);
      const info = await win.evaluate(() => window.hearth.app.info({}));
      expect(info).toMatchObject({ ok: true, value: { name: 'Hearth', testBench: false } });
      const blocked = await win.evaluate(async () => fetch('https://example.com/').then(() => false, () => true));
      expect(blocked).toBe(true);
    } finally {
      await app.close();
    }
  });
});
