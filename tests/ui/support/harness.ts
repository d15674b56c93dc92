import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hearthContract, type StreamEnvelope } from '@shared/contract';
import { createHandlers, type MainDeps } from '@main/handlers/createHandlers';
import { createHandlerHost, type HandlerHost } from '@main/ipc/handlerHost';
import { createRuntime, type RuntimeOptions } from '@main/ollama/createRuntime';
import { memorySettingsStorage } from '@main/ollama/hostSetting';
import { isTrustedSender } from '@main/security/ipcSender';
import { parseAllowedDomains } from '@main/security/externalLinks';
import { collectReviewedLinks } from '@main/security/reviewedLinks';
import { bundleTestPreload } from './bundleTestPreload';
import { launchChromium } from './chromium';
import { serveBuiltRenderer } from './staticServer';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// Read from the file (not main's `?raw` import) so the bench also runs under plain tsx.
const allowedDomains = parseAllowedDomains(readFileSync(join(repoRoot, 'resources', 'allowed-domains.txt'), 'utf8'));
// The links in the shipped packs and crisis lines open at once, as in the app; any other asks first (and the bench answers no).
const packDir = join(repoRoot, 'resources', 'packs');
const reviewedLinks = collectReviewedLinks([
  readFileSync(join(repoRoot, 'resources', 'crisis-lines.json'), 'utf8'),
  ...readdirSync(packDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(packDir, f), 'utf8')),
]);
/** Where screenshots land: test-results/screenshots/<name>.png. */
export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'screenshots');

export interface OpenOptions {
  readonly locale?: string;
  readonly colorScheme?: 'light' | 'dark';
  readonly viewport?: { width: number; height: number };
  /** Adjust the main-process dependencies (e.g. point the model runtime at a fake Ollama). */
  readonly deps?: (defaults: MainDeps) => MainDeps;
}

export interface HearthPage {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly host: HandlerHost;
  readonly origin: string;
  /** URLs main was asked to open outside the app (and allowed). */
  readonly opened: string[];
  /** Uncaught errors in the page; a test can assert there were none. */
  readonly pageErrors: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/** The shared browser for a test file. */
export interface UiBench {
  open(options?: OpenOptions): Promise<HearthPage>;
  close(): Promise<void>;
}

/**
 * Starts the UI test bench: the built renderer (out/renderer) served with the production CSP,
 * Debian's Chromium, and window.hearth wired to the real main-process handlers in this process.
 * Storage buckets are off unless asked for (see support/chromium.ts).
 */
export async function startUiBench(options: { readonly storageBuckets?: boolean } = {}): Promise<UiBench> {
  const [browser, preload, server] = await Promise.all([
    launchChromium(options),
    bundleTestPreload(),
    serveBuiltRenderer(join(repoRoot, 'out', 'renderer')),
  ]);
  const pages: HearthPage[] = [];
  return {
    open: async (options = {}) => {
      const hp = await openPage(browser, preload, server.origin, options);
      pages.push(hp);
      return hp;
    },
    close: async () => {
      await Promise.all(pages.map((p) => p.close().catch(() => undefined)));
      await browser.close();
      await server.close();
    },
  };
}

/** Main's handlers for one page, from the bench defaults and the test's adjustments. */
export function benchHost(origin: string, options: Pick<OpenOptions, 'locale' | 'deps'>, opened: string[]): HandlerHost {
  const defaults: MainDeps = {
    app: { name: 'Hearth', version: '0.1.0', platform: 'linux', locale: options.locale ?? 'en-US', testBench: true },
    shell: { allowedDomains, reviewedLinks, open: async (url) => void opened.push(url) },
    // The library download never leaves the machine in tests unless a test points it at a local stand-in.
    library: { pageUrl: 'http://127.0.0.1:9/xml.html' },
  };
  const deps = options.deps ? options.deps(defaults) : defaults;
  return createHandlerHost({
    contract: hearthContract,
    handlers: createHandlers(deps),
    isTrustedSender: (url) => isTrustedSender(url, origin),
  });
}

/** Gives every page of a context `window.hearth`, over a binding to `host` (the preload's part). */
export async function wireHearth(context: BrowserContext, host: HandlerHost, preload: string): Promise<void> {
  await context.exposeBinding('__hearthInvoke', (source, channel: string, payload: unknown) =>
    host.dispatch(channel, payload, {
      senderUrl: source.frame.url(),
      emit: async (envelope: StreamEnvelope) => {
        await source.page.evaluate((e) => (window as unknown as { __hearthEmit?: (x: unknown) => void }).__hearthEmit?.(e), envelope).catch(() => undefined);
      },
    }),
  );
  await context.addInitScript({ content: preload });
}

async function openPage(browser: Browser, preload: string, origin: string, options: OpenOptions): Promise<HearthPage> {
  const opened: string[] = [];
  const pageErrors: string[] = [];
  const host = benchHost(origin, options, opened);
  const context = await browser.newContext({
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1100, height: 760 },
  });
  await wireHearth(context, host, preload);
  const page: Page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.name));
  await page.goto(`${origin}/`);

  return {
    page,
    context,
    host,
    origin,
    opened,
    pageErrors,
    screenshot: async (name) => {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
    close: async () => {
      host.cancelAll();
      await context.close();
    },
  };
}

const GiB = 1024 ** 3;

/**
 * Points main's model runtime at an Ollama address (usually a fake's `url`, or a closed port for
 * "not installed"). By default no ollama binary is found and the machine has 16 GB of memory and
 * 200 GB free; override any of it with `options`. "Get Ollama" lands in `hp.opened`.
 */
export function withModelRuntime(host: string, options: RuntimeOptions = {}): (defaults: MainDeps) => MainDeps {
  return (defaults) => ({
    ...defaults,
    ollama: {
      runtime: createRuntime({
        settings: memorySettingsStorage({ host }),
        findBinary: async () => null,
        machine: async () => ({ totalMemoryBytes: 16 * GiB, freeDiskBytes: 200 * GiB }),
        pullProgressIntervalMs: 100,
        ...options,
      }),
      openExternal: defaults.shell.open,
    },
  });
}
