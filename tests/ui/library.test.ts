// The MedlinePlus health library and knowledge on demand, in real Chromium over the real main handlers:
// start-up loads no pack; a group loads only its own; a condition with no pack leads to "Add the health
// library" (file chosen in main's dialog, in the person's language, progress, added), its topics join
// condition search, and a group built on one cites library facts labelled as such. Settings downloads it
// once from a stand-in for medlineplus.gov, can cancel, and explains a wrong file. The native dialogs are
// scripted stand-ins that answer with prepared paths and record the words they were asked to show.
// Screenshots in test-results/screenshots/library-*.png.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { modelPresent } from '@bench/scenarios/onboarding';
import { generateTopicsXml } from '../fixtures/medlineplus/generateTopics';
import { makeZip } from '../fixtures/medlineplus/makeZip';
import { scriptedDialogs, type DialogScript } from '../support/scriptedDialogs';
import { benchForThisFile } from './support/fileBench';
import { startGroupThroughOnboarding } from './support/startGroup';

const fixturePath = fileURLToPath(new URL('../fixtures/medlineplus/health-topics.xml', import.meta.url));
const xml = readFileSync(fixturePath, 'utf8');
const packIds = readdirSync(fileURLToPath(new URL('../../resources/packs/', import.meta.url))).map((f) => f.replace(/\.json$/, ''));
const packChunk = new RegExp(`/assets/(${packIds.join('|')})-[A-Za-z0-9_-]+\\.js$`);

const { bench, startFake } = benchForThisFile();
const servers: Server[] = [];
const dir = mkdtempSync(join(tmpdir(), 'hearth-ui-library-'));
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((done) => s.close(() => done()))));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A page with an installed model whose peers answer with `reply`; records which pack chunks the page fetched and the dialogs main opened. */
async function openWithModel(reply: string, deps?: { pageUrl: string }, script: DialogScript = {}) {
  const fake = await startFake({ reply: () => reply, speed: { genTokensPerSec: 400 } });
  // A library page is not one of the links Hearth ships, so main shows its full address first;
  // here the person says yes, and the test can see that they were asked.
  const confirmed: string[] = [];
  const { dialogs, asked } = scriptedDialogs(script);
  const hp = await bench.open({
    deps: (d) => {
      const withModel = modelPresent(fake)(d);
      const shell = { ...withModel.shell, confirmOpen: async (url: string) => (confirmed.push(url), true) };
      return deps ? { ...withModel, shell, dialogs, library: deps } : { ...withModel, shell, dialogs };
    },
  });
  const packsFetched: string[] = [];
  hp.page.on('request', (request) => {
    const m = packChunk.exec(new URL(request.url()).pathname);
    if (m?.[1]) packsFetched.push(m[1]);
  });
  return { hp, page: hp.page, confirmed, fake, packsFetched, asked, script };
}

/** A stand-in for medlineplus.gov: the XML page and the compressed file, optionally held back until released. */
async function fakeMedlinePlus(options: { hold?: boolean } = {}): Promise<{ pageUrl: string; release: () => void }> {
  const zip = makeZip([{ name: 'mplus_topics_2026-11-28.xml', text: xml }]);
  let release = (): void => undefined;
  const server = createServer((req, res: ServerResponse) => {
    if (req.url === '/xml.html') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<a href="xml/mplus_topics_compressed_2026-11-28.zip">Health topics</a>');
    if (req.url !== '/xml/mplus_topics_compressed_2026-11-28.zip') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-length': String(zip.length) });
    // Half now; the rest when released (so a test can watch progress and cancel).
    res.write(zip.subarray(0, zip.length >> 1));
    const rest = (): void => void res.end(zip.subarray(zip.length >> 1));
    if (options.hold) release = rest;
    else rest();
  });
  servers.push(server);
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', () => ready()));
  return { pageUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/xml.html`, release: () => release() };
}

const settle = (page: Page): Promise<void> => page.waitForLoadState('networkidle');

describe('knowledge on demand', () => {
  it('start-up fetches no pack; a new group fetches only its own pack and the few its people draw on', async () => {
    const { page, packsFetched } = await openWithModel('I get that [1].');
    await page.getByRole('button', { name: /get started/i }).waitFor();
    await settle(page);
    expect(packsFetched).toEqual([]);
    await startGroupThroughOnboarding(page, 'T2D');
    await page.locator('article[data-kind="check-in"]').waitFor();
    await settle(page);
    expect(packsFetched).toContain('type-2-diabetes');
    // Own pack and its co-occurring packs: never all of them.
    expect(new Set(packsFetched).size).toBeLessThan(packIds.length / 2);
    expect(new Set(packsFetched).size).toBe(packsFetched.length);
  });
});

describe('the health library', () => {
  it('no pack for a condition → add the library from a file → its topic joins the search → a group cites library facts', async () => {
    const { hp, page, fake, confirmed, asked } = await openWithModel('Mine hung about for weeks after the rash too [1]. It did ease in the end.', undefined, { open: fixturePath });
    await page.getByRole('button', { name: /get started/i }).click();
    const search = page.getByLabel(/your condition/i);
    await search.fill('shingles');
    const noPack = page.getByTestId('no-pack');
    await noPack.waitFor();
    await expect(noPack.innerText()).resolves.toMatch(/checked facts for “shingles”[\s\S]*no pack for it yet/i);
    await hp.screenshot('library-1-no-pack');

    await page.getByTestId('add-library').click();
    await page.getByRole('button', { name: 'Choose the file…' }).click();
    // Once added, the box steps aside for the list, which now offers the library's topic.
    await page.getByTestId('library-ready').waitFor();
    expect(asked).toEqual([{ kind: 'open', title: "Choose MedlinePlus's health topics file", buttonLabel: 'Add this file', filterName: 'MedlinePlus health topics (.xml, .zip)', extensions: ['xml', 'zip'] }]);
    const option = page.getByRole('option', { name: /Shingles.*from the health library/ });
    await option.waitFor();
    await hp.screenshot('library-2-added-and-found');

    await option.click();
    await page.getByRole('button', { name: /start my group now/i }).click();
    await page.locator('article[data-kind="check-in"]').waitFor();
    await page.getByTestId('composer').fill('The pain is still there after the rash went. Is that normal?');
    await page.keyboard.press('Enter');
    const reply = page.locator('[data-testid="message-list"] article[data-kind="chat"]').first();
    await reply.getByRole('button', { name: /Source 1: Shingles, MedlinePlus, National Library of Medicine/ }).first().waitFor();
    await expect(reply.innerText()).resolves.toMatch(/a fact from the health library you added/);
    // The peers were given the topic's own words, with its page as the source.
    expect(fake.requests.some((r) => /same virus as chickenpox/.test(JSON.stringify(r.body)))).toBe(true);
    await hp.screenshot('library-3-group-cites-library');
    // The citation opens inside Hearth first (the fact and its source); the browser comes second.
    await reply.getByRole('button', { name: /Source 1:/ }).first().click();
    const popover = page.locator('[data-testid="citation-popover"]:popover-open');
    await popover.getByTestId('citation-fact').waitFor();
    await popover.getByTestId('citation-open').click();
    await expect.poll(() => hp.opened.at(-1)).toBe('https://medlineplus.gov/shingles.html');
    expect(confirmed).toEqual(['https://medlineplus.gov/shingles.html']);
    expect(hp.pageErrors).toEqual([]);
  });

  it('settings: explains a wrong file, downloads once with progress, cancels, and removes', async () => {
    const held = await fakeMedlinePlus({ hold: true });
    const notes = join(dir, 'notes.xml');
    writeFileSync(notes, '<?xml version="1.0"?><rss><channel/></rss>');
    const { hp, page, asked, script } = await openWithModel('Thanks [1].', { pageUrl: held.pageUrl }, { open: null });
    await startGroupThroughOnboarding(page, 'T2D');
    await page.getByTestId('nav-settings').click();
    const panel = page.getByTestId('library-panel');
    await panel.getByText('No health library yet.').waitFor();

    // Cancelling the dialog changes nothing and says nothing.
    await page.getByTestId('library-choose-file').click();
    await expect.poll(() => asked.length).toBe(1);
    await expect(page.getByTestId('library-outcome').innerText()).resolves.toBe('');
    await expect(page.getByTestId('library-error').count()).resolves.toBe(0);
    // A file that is not MedlinePlus's is read and explained.
    script.open = notes;
    await page.getByTestId('library-choose-file').click();
    await expect(page.getByTestId('library-error').innerText()).resolves.toMatch(/isn't MedlinePlus's health topics file/);
    await panel.scrollIntoViewIfNeeded();
    await hp.screenshot('library-4-wrong-file');

    // A big file (10,000 topics, about 35 MB) shows its progress while main reads it and Hearth reads the
    // topics; Cancel stops it and the library stays as it was.
    const big = join(dir, 'mplus_topics_2026-11-28.xml');
    writeFileSync(big, generateTopicsXml(10_000));
    script.open = big;
    await page.getByTestId('library-choose-file').click();
    await page.getByTestId('library-progress-text').getByText(/^Reading the topics… \d+ so far$/).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await hp.screenshot('library-4b-reading-file');
    await page.getByTestId('library-cancel').click();
    await page.getByTestId('library-outcome').getByText('Stopped. Your library is as it was.').waitFor();
    await panel.getByText('No health library yet.').waitFor();

    await page.getByTestId('library-download').click();
    await page.getByTestId('library-progress-text').getByText(/Downloading… .* of /).waitFor();
    await panel.scrollIntoViewIfNeeded();
    await hp.screenshot('library-5-downloading');
    await page.getByTestId('library-cancel').click();
    await page.getByTestId('library-outcome').getByText('Stopped. Your library is as it was.').waitFor();
    held.release();
    await panel.getByText('No health library yet.').waitFor();

    const open = await fakeMedlinePlus();
    // A second page with the working stand-in: the whole download, then the status and Remove.
    const second = await openWithModel('Thanks [1].', { pageUrl: open.pageUrl });
    await startGroupThroughOnboarding(second.page, 'T2D');
    await second.page.getByTestId('nav-settings').click();
    await second.page.getByTestId('library-download').click();
    await second.page.getByTestId('library-outcome').getByText('Added: 4 topics in English and 3 in Spanish.').waitFor();
    await expect(second.page.getByTestId('library-status').innerText()).resolves.toMatch(/November 28, 2026[\s\S]*Source: MedlinePlus, National Library of Medicine/);
    await second.page.getByTestId('library-panel').scrollIntoViewIfNeeded();
    await second.hp.screenshot('library-6-downloaded');
    await second.page.getByRole('button', { name: 'Remove the library' }).click();
    await second.page.getByTestId('library-outcome').getByText('The health library was removed.').waitFor();
    expect(hp.pageErrors).toEqual([]);
    expect(second.hp.pageErrors).toEqual([]);
  });

  it('speaks Spanish, and a Spanish topic is offered to a Spanish speaker', async () => {
    const fake = await startFake({ reply: () => 'Gracias [1].' });
    // The .zip MedlinePlus offers, as it might come on a USB stick: main reads its one XML entry.
    const zipPath = join(dir, 'mplus_topics_compressed_2026-11-28.zip');
    writeFileSync(zipPath, makeZip([{ name: 'mplus_topics_2026-11-28.xml', text: xml }]));
    const { dialogs, asked } = scriptedDialogs({ open: zipPath });
    const runtime = modelPresent(fake);
    const hp = await bench.open({ locale: 'es-MX', deps: (d) => ({ ...runtime(d), dialogs }) });
    const page = hp.page;
    await page.getByRole('button', { name: /empezar/i }).first().click();
    await page.getByRole('combobox').fill('culebrilla');
    await page.getByTestId('add-library').click();
    await page.getByRole('button', { name: 'Elegir el archivo…' }).click();
    await page.getByTestId('library-ready').getByText(/La biblioteca de salud ya está/).waitFor();
    expect(asked).toEqual([{ kind: 'open', title: 'Elige el archivo de temas de salud de MedlinePlus', buttonLabel: 'Añadir este archivo', filterName: 'Temas de salud de MedlinePlus (.xml, .zip)', extensions: ['xml', 'zip'] }]);
    await page.getByRole('option', { name: /Culebrilla.*de la biblioteca de salud/ }).waitFor();
    await hp.screenshot('library-7-spanish');
    expect(hp.pageErrors).toEqual([]);
  });
});
