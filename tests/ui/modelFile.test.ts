// "I have the model file" and "Save to a file" in real Chromium, over the real main handlers and
// the fake Ollama server. The native dialogs are the only stand-ins: they answer with paths the
// test prepared. Screenshots: test-results/screenshots/model-file-*.png.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_DIALOGS, type FileDialogs } from '@main/files/fileDialogs';
import { type FakeOllama, type FakeOllamaOptions } from '../fake-ollama';
import { FIRST_FACILITATOR_MESSAGE } from '@bench/scenarios/onboarding';
import { writeGgufFile } from '../support/ggufFile';
import { withModelRuntime, type HearthPage } from './support/harness';
import { benchForThisFile } from './support/fileBench';
import { goTo } from './support/nav';

const { bench, startFake } = benchForThisFile();
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hearth-ui-model-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A fake Ollama with no model installed unless `options` installs one, closed after the test. */
const fake = (options: FakeOllamaOptions = {}): Promise<FakeOllama> => startFake({ models: [], ...options });

/** Native dialogs that answer with prepared paths, and remember the words they were opened with. */
function scriptedDialogs(answers: { file?: string; folder?: string }) {
  const asked: string[] = [];
  const dialogs: FileDialogs = {
    ...NO_DIALOGS,
    chooseModelFile: async (words) => (asked.push(words.title), answers.file ?? null),
    chooseFolder: async (words) => (asked.push(words.title), answers.folder ?? null),
  };
  return { dialogs, asked };
}

async function openWith(f: FakeOllama, dialogs: FileDialogs, locale = 'en-US'): Promise<HearthPage> {
  const runtime = withModelRuntime(f.url);
  const hp = await bench.open({ locale, deps: (defaults) => ({ ...runtime(defaults), dialogs }) });
  await hp.page.getByTestId('model-status-chip').click();
  await hp.page.getByTestId('model-setup').waitFor();
  return hp;
}

describe('a model from a file (real Chromium, fake Ollama)', () => {
  it('chooses a file, shows what was checked, installs it with progress, and the group can use it', async () => {
    const file = join(dir, 'llama-from-clinic.gguf');
    await writeGgufFile(file, { payloadBytes: 24 * 1024 * 1024 });
    const f = await fake({ speed: {} });
    const { dialogs, asked } = scriptedDialogs({ file });
    const hp = await openWith(f, dialogs);
    const { page } = hp;
    await page.getByTestId('step-needs-model').waitFor();
    await page.getByRole('button', { name: 'Choose the model file…' }).click();
    const check = page.getByTestId('model-file-check');
    await check.waitFor();
    expect(asked).toEqual(['Choose the model file']);
    await expect(check.textContent()).resolves.toContain('llama-from-clinic.gguf');
    await expect(check.getByRole('list', { name: 'What Hearth checked' }).textContent()).resolves.toMatch(/model file Ollama can use \(llama · Q4_K_M\).*fits this computer comfortably.*without a check file/);
    await hp.screenshot('model-file-checked');

    await page.getByRole('button', { name: 'Check and install' }).click();
    await page.getByTestId('model-file-installed').waitFor();
    await expect(page.getByTestId('model-file-installed').textContent()).resolves.toContain('read the first group of its fingerprint');
    await expect(page.getByTestId('model-fingerprint').textContent()).resolves.toMatch(/^([0-9a-f]{8} ){7}[0-9a-f]{8}$/);
    await page.getByTestId('step-ready').waitFor();
    await hp.screenshot('model-file-installed');
    await expect(page.getByTestId('status-glance').getAttribute('data-phase')).resolves.toBe('ready');
    expect(hp.pageErrors).toEqual([]);
  });

  it('shows progress while a big file is checked and copied, and Cancel leaves nothing installed', async () => {
    const file = join(dir, 'slow.gguf');
    await writeGgufFile(file, { payloadBytes: 160 * 1024 * 1024 });
    const f = await fake();
    const hp = await openWith(f, scriptedDialogs({ file }).dialogs);
    const { page } = hp;
    await page.getByRole('button', { name: 'Choose the model file…' }).click();
    await page.getByRole('button', { name: 'Check and install' }).click();
    const phase = page.getByTestId('model-file-progress-phase');
    await phase.waitFor();
    await expect(phase.textContent()).resolves.toMatch(/^(Checking the file|Copying into Ollama)… \d+% \(/);
    await hp.screenshot('model-file-progress');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByTestId('model-file-check').waitFor();
    const tags = (await (await fetch(`${f.url}/api/tags`)).json()) as { models: unknown[] };
    expect(tags.models).toEqual([]);
  });

  it('explains a file that is not a model, and one that was changed on the way (Spanish)', async () => {
    const notModel = join(dir, 'fotos.gguf');
    await writeFile(notModel, 'esto no es un modelo');
    const f = await fake();
    let answer = notModel;
    const dialogs: FileDialogs = { ...NO_DIALOGS, chooseModelFile: async () => answer };
    const hp = await openWith(f, dialogs, 'es-MX');
    const { page } = hp;
    await page.getByRole('button', { name: 'Elegir el archivo del modelo…' }).click();
    const problem = page.getByTestId('model-file-problem');
    await problem.waitFor();
    await expect(problem.getAttribute('data-code')).resolves.toBe('not-a-model-file');

    const changed = join(dir, 'cambiado.gguf');
    const { sizeBytes } = await writeGgufFile(changed);
    await writeFile(join(dir, 'cambiado.hearth-model.json'), JSON.stringify({ format: 'hearth-model', formatVersion: 1, name: 'llama3.2:3b', label: 'Llama 3.2 3B', file: { name: 'cambiado.gguf', sizeBytes, sha256: 'b'.repeat(64) }, savedOn: '2026-12-01' }));
    answer = changed;
    await page.getByRole('button', { name: 'Elegir el archivo del modelo…' }).click();
    await expect(page.getByTestId('model-file-check').textContent()).resolves.toContain('archivo de verificación de Hearth para Llama 3.2 3B');
    await page.getByRole('button', { name: 'Revisar e instalar' }).click();
    await expect(problem.getAttribute('data-code')).resolves.toBe('checksum-mismatch');
    await hp.screenshot('model-file-changed-es');
  });
});

describe('saving a model to a file (real Chromium, fake Ollama)', () => {
  it('saves the model and its check file into the chosen folder, and shows the fingerprint', async () => {
    const source = join(dir, 'shared.gguf');
    await writeGgufFile(source, { payloadBytes: 4 * 1024 * 1024 });
    const usb = join(dir, 'USB-STICK');
    await mkdir(usb, { recursive: true });
    const f = await fake();
    const { dialogs, asked } = scriptedDialogs({ file: source, folder: usb });
    const hp = await openWith(f, dialogs);
    const { page } = hp;
    await page.getByRole('button', { name: 'Choose the model file…' }).click();
    await page.getByRole('button', { name: 'Check and install' }).click();
    await page.getByTestId('step-ready').waitFor();
    await page.getByRole('button', { name: /^Save .* to a file$/ }).click();
    const saved = page.getByTestId('model-saved');
    await saved.waitFor();
    await expect(saved.textContent()).resolves.toMatch(/Saved .*\.gguf and its check file .*\.hearth-model\.json in USB-STICK/);
    expect(asked.at(-1)).toBe('Choose where to save the model (a USB stick works)');
    await hp.screenshot('model-file-saved');
    const files = (await import('node:fs/promises')).readdir(usb);
    await expect(files).resolves.toHaveLength(2);
    const manifestName = (await files).find((n) => n.endsWith('.hearth-model.json'))!;
    const manifest = JSON.parse(await readFile(join(usb, manifestName), 'utf8')) as { file: { sha256: string } };
    await expect(page.getByTestId('model-fingerprint').textContent()).resolves.toBe(manifest.file.sha256.match(/.{8}/g)!.join(' '));
  });
});

describe('sharing Hearth with someone offline (settings)', () => {
  it('says what to copy and how to check it, and leads to saving the model', async () => {
    const f = await fake({ models: [{ name: 'llama3.2:3b' }] });
    const hp = await bench.open({ deps: withModelRuntime(f.url) });
    const { page } = hp;
    await page.getByRole('button', { name: 'Get started' }).click();
    await page.getByTestId('condition-search').fill('lupus');
    await page.locator('[role="option"]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await page.getByRole('button', { name: 'Skip', exact: true }).click();
    await page.getByTestId('start-group').click();
    // The group opens after its first message is stored; going to settings before then is undone.
    await page.locator(FIRST_FACILITATOR_MESSAGE).first().waitFor();
    await goTo(page, 'settings');
    const section = page.getByTestId('share-offline');
    await section.scrollIntoViewIfNeeded();
    await expect(section.textContent()).resolves.toMatch(/What to copy.*Hearth's installer.*Ollama's installer.*Save to a file.*How they can check/);
    await section.getByText('Checking a file by hand').click();
    await expect(section.locator('code').allTextContents()).resolves.toEqual(['shasum -a 256 the-file-name', 'certutil -hashfile the-file-name SHA256', 'sha256sum the-file-name']);
    await hp.screenshot('settings-share-offline');
    await section.getByRole('button', { name: 'Go to AI model settings' }).click();
    await page.getByTestId('model-setup').waitFor();
    await page.getByRole('button', { name: 'Save Llama 3.2 3B to a file' }).waitFor();
  });
});
