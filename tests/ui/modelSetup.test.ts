// The model-setup screen in real Chromium, over the real main handlers, model runtime, ollama client
// and HTTP, against the fake Ollama server. Screenshots of every state land in
// test-results/screenshots/model-*.png.
import AxeBuilder from '@axe-core/playwright';
import { EventEmitter } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { ServerProcess } from '@main/ollama/supervisor';
import { withModelRuntime, type HearthPage } from './support/harness';
import { benchForThisFile } from './support/fileBench';

const { bench, startFake: fake } = benchForThisFile();

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

/** Opens the setup screen the way a person does: the model chip in the header. */
async function openModelSetup(hp: HearthPage): Promise<void> {
  await hp.page.getByTestId('model-status-chip').click();
  await hp.page.getByTestId('model-setup').waitFor();
}

/** axe-core on the current page: no serious or critical accessibility problems. */
async function expectNoSeriousA11yProblems(hp: HearthPage): Promise<void> {
  const { violations } = await new AxeBuilder({ page: hp.page }).include('[data-testid="model-setup"]').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length}`);
  expect(serious).toEqual([]);
}

describe('model setup (real Chromium, fake Ollama)', () => {
  it('first run with no model: pick the recommended model, watch the download, ready', async () => {
    const f = await fake({ models: [], speed: { pullBytesPerSec: 4e8 } });
    const hp = await bench.open({ deps: withModelRuntime(f.url) });
    await openModelSetup(hp);
    const { page } = hp;
    await page.getByTestId('step-needs-model').waitFor();
    await expect(page.getByTestId('status-glance').getAttribute('data-phase')).resolves.toBe('needs-model');
    const recommended = page.getByTestId('model-option-llama3.1:8b');
    await expect(recommended.innerText()).resolves.toMatch(/Best for this computer[\s\S]*Runs well here[\s\S]*about 4\.9 GB download/);
    await hp.screenshot('model-needs-model');
    await expectNoSeriousA11yProblems(hp);

    await recommended.getByRole('button', { name: /Download Llama 3\.1 8B/ }).click();
    const bar = page.getByTestId('download-bar');
    await bar.waitFor();
    const seen: number[] = [];
    for (let i = 0; i < 200 && !(seen.length >= 4 && (seen.at(-1) ?? 0) >= 30); i++) {
      const value = await bar.evaluate((el) => (el as HTMLProgressElement).value).catch(() => -1);
      if (value >= 0 && value !== seen.at(-1)) seen.push(value);
      await page.waitForTimeout(100);
    }
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await expect(page.getByTestId('download-progress').innerText()).resolves.toMatch(/\d+% \([\d.]+ GB of 4\.9 GB\) · \d+ MB\/s · (about \d+ minutes? left|less than a minute left|almost done)/);
    await hp.screenshot('model-downloading');
    await expectNoSeriousA11yProblems(hp);

    await page.getByTestId('step-ready').waitFor({ timeout: 30_000 });
    await expect(page.getByTestId('step-ready').innerText()).resolves.toMatch(/Your group will speak with Llama 3\.1 8B/);
    await expect(page.getByTestId('status-glance').getAttribute('data-phase')).resolves.toBe('ready');
    await hp.screenshot('model-ready');
    expect(hp.pageErrors).toEqual([]);
  });

  it('cancelling a download says it will pick up where it left off', async () => {
    const f = await fake({ models: [], speed: { pullBytesPerSec: 2e8 } });
    const hp = await bench.open({ deps: withModelRuntime(f.url, { machine: async () => ({ totalMemoryBytes: 8 * 1024 ** 3, freeDiskBytes: 50 * 1024 ** 3 }) }) });
    await openModelSetup(hp);
    await hp.page.getByRole('button', { name: /Download Llama 3\.2 3B/ }).click();
    await hp.page.getByTestId('download-bar').waitFor();
    await hp.page.waitForFunction(() => ((document.querySelector('[data-testid="download-bar"]') as HTMLProgressElement | null)?.value ?? 0) > 5);
    await hp.page.getByRole('button', { name: 'Cancel download' }).click();
    await hp.page.getByText(/picks up where it left off/).first().waitFor();
    await hp.screenshot('model-download-paused');
  });

  it('not installed: one next step (Get Ollama), an offline notice when offline', async () => {
    const hp = await bench.open({ deps: withModelRuntime(`http://127.0.0.1:${await closedPort()}`) });
    await openModelSetup(hp);
    await hp.page.getByTestId('step-not-installed').waitFor();
    await hp.screenshot('model-not-installed');
    await hp.page.getByRole('button', { name: 'Get Ollama (free)' }).click();
    await expect.poll(() => hp.opened).toEqual(['https://ollama.com/download']);
    await hp.context.setOffline(true);
    await hp.page.getByTestId('offline-notice').waitFor();
    await hp.context.setOffline(false);
    await hp.page.getByTestId('offline-notice').waitFor({ state: 'detached' });
    await hp.context.setOffline(true);
    await hp.page.getByTestId('offline-notice').waitFor();
    await hp.screenshot('model-offline');
  });

  it('stopped → Start Ollama → starting → ready', async () => {
    const port = await closedPort();
    const spawn = (_binary: string, _args: readonly string[], env: Readonly<Record<string, string | undefined>>): ServerProcess => {
      const child = Object.assign(new EventEmitter(), { exitCode: null as number | null, kill: () => true });
      setTimeout(() => void fake({ port: Number(env['OLLAMA_HOST']?.split(':')[1]) }), 1500);
      return child as unknown as ServerProcess;
    };
    const hp = await bench.open({ deps: withModelRuntime(`http://127.0.0.1:${port}`, { findBinary: async () => '/usr/bin/ollama', spawn }) });
    await openModelSetup(hp);
    await hp.page.getByTestId('step-stopped').waitFor();
    await hp.screenshot('model-stopped');
    await hp.page.getByRole('button', { name: 'Start Ollama' }).click();
    await hp.page.getByTestId('step-starting').waitFor();
    await hp.screenshot('model-starting');
    await hp.page.getByTestId('step-ready').waitFor({ timeout: 15_000 });
  });

  it('too old and unreachable explain themselves', async () => {
    const old = await fake({ version: '0.3.14' });
    const hp = await bench.open({ deps: withModelRuntime(old.url) });
    await openModelSetup(hp);
    await hp.page.getByTestId('step-too-old').waitFor();
    await expect(hp.page.getByTestId('step-too-old').innerText()).resolves.toMatch(/0\.3\.14[\s\S]*0\.5\.0/);
    await hp.screenshot('model-too-old');

    const other = createServer((_q, s) => s.writeHead(404).end());
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const hp2 = await bench.open({ deps: withModelRuntime(`http://127.0.0.1:${(other.address() as AddressInfo).port}`) });
    await openModelSetup(hp2);
    await hp2.page.getByTestId('step-unreachable').waitFor();
    await hp2.screenshot('model-unreachable');
    await new Promise((r) => other.close(r));
  });

  it('a failed download shows a plain problem with its next step, never a raw error', async () => {
    const f = await fake({ models: [], speed: { pullBytesPerSec: 2e8 } });
    f.inject({ kind: 'pull-error', afterBytes: 5e7, message: 'write /root/.ollama/models/blobs/sha256-abc-partial: no space left on device' });
    const hp = await bench.open({ deps: withModelRuntime(f.url) });
    await openModelSetup(hp);
    await hp.page.getByRole('button', { name: /Download Llama 3\.1 8B/ }).click();
    const problem = hp.page.getByTestId('setup-problem');
    await problem.waitFor();
    await expect(problem.getAttribute('data-code')).resolves.toBe('disk-full');
    const text = await problem.innerText();
    expect(text).toMatch(/enough free disk space/i);
    expect(text).not.toMatch(/sha256|\/root|ENOSPC|Error:/);
    await hp.screenshot('model-problem-disk-full');
  });

  it('another computer as the server only after a clear warning, over https, and once main has asked in its own dialog', async () => {
    const f = await fake();
    const asked: string[] = [];
    const hp = await bench.open({ deps: withModelRuntime(f.url, { confirmRemoteHost: async (url) => (asked.push(url), true) }) });
    await openModelSetup(hp);
    await hp.page.getByText('Advanced: use Ollama on another computer').click();
    const input = hp.page.getByLabel('Ollama server address');
    await input.fill('192.168.1.20:11434');
    await hp.page.getByTestId('host-warning').waitFor();
    const save = hp.page.getByRole('button', { name: 'Save address' });
    await expect(save.isDisabled()).resolves.toBe(true);
    await hp.page.getByLabel('I understand, and I trust that computer').check();
    await hp.page.getByTestId('host-needs-https').waitFor();
    await expect(save.isDisabled()).resolves.toBe(true);
    await input.fill('https://192.168.1.20:11434');
    await hp.page.getByLabel('I understand, and I trust that computer').check();
    await save.scrollIntoViewIfNeeded();
    await hp.screenshot('model-remote-host-warning');
    await save.click();
    await expect.poll(() => hp.page.getByTestId('status-glance').innerText()).toMatch(/On another computer \(https:\/\/192\.168\.1\.20:11434\)/);
    expect(asked).toEqual(['https://192.168.1.20:11434']);
    await input.fill(f.host);
    await hp.page.getByRole('button', { name: 'Save address' }).click();
    await expect.poll(() => hp.page.getByTestId('status-glance').innerText()).toMatch(/On this computer/);
  });

  it('ready, in Spanish and dark mode at 200% text size', async () => {
    const f = await fake();
    const hp = await bench.open({ locale: 'es-MX', colorScheme: 'dark', deps: withModelRuntime(f.url) });
    await hp.page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
    await hp.page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '200%'));
    await openModelSetup(hp);
    await hp.page.getByTestId('step-ready').waitFor();
    await expect(hp.page.getByTestId('step-ready').innerText()).resolves.toMatch(/Tu modelo de IA está listo/);
    await hp.screenshot('model-ready-es-dark-200');
  });
});
