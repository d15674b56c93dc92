import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HearthFailure } from '@shared/contract';
import type { LibraryDownloadEvent } from '@shared/contract/channels/library';
import { makeZip } from '@tests/fixtures/medlineplus/makeZip';
import { downloadLibrary, latestTopicsZip, MEDLINEPLUS_XML_PAGE } from './medlinePlusDownload';

const xml = readFileSync(new URL('../../../tests/fixtures/medlineplus/health-topics.xml', import.meta.url), 'utf8');
const zip = makeZip([{ name: 'mplus_topics_2026-11-28.xml', text: xml }]);

interface Seen {
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise<void>((done) => s.close(() => done()))));
});

/** A stand-in for medlineplus.gov: the XML page and whatever files `routes` serves. */
async function site(routes: Record<string, (res: import('node:http').ServerResponse) => void>): Promise<{ base: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    const route = routes[req.url ?? ''];
    if (route) route(res);
    else res.writeHead(404).end('not found');
  });
  servers.push(server);
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
  return { base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const page = (links: string): string => `<html><body><h1>MedlinePlus XML Files</h1>${links}</body></html>`;

async function run(base: string, options: { signal?: AbortSignal; maxXmlBytes?: number } = {}): Promise<{ events: LibraryDownloadEvent[]; result?: unknown; error?: unknown }> {
  const events: LibraryDownloadEvent[] = [];
  try {
    const result = await downloadLibrary({ pageUrl: `${base}/xml.html`, ...(options.maxXmlBytes ? { maxXmlBytes: options.maxXmlBytes } : {}) }, options.signal ?? new AbortController().signal, (e) => events.push(e));
    return { events, result };
  } catch (error) {
    return { events, error };
  }
}

const codeOf = (error: unknown): string | undefined => (error instanceof HearthFailure ? error.code : undefined);

describe('latestTopicsZip', () => {
  it('takes the newest compressed topics file linked on the same site, relative or absolute', () => {
    const html = page(`
      <a href="https://medlineplus.gov/xml/mplus_topics_compressed_2026-11-20.zip">older</a>
      <a href="xml/mplus_topics_compressed_2026-11-28.zip">newest</a>
      <a href="https://elsewhere.example/xml/mplus_topics_compressed_2027-01-01.zip">other site</a>
      <a href="xml/mplus_topic_groups_2026-11-29.xml">groups</a>`);
    expect(latestTopicsZip(html, MEDLINEPLUS_XML_PAGE)).toEqual({ url: 'https://medlineplus.gov/xml/mplus_topics_compressed_2026-11-28.zip', date: '2026-11-28' });
    expect(latestTopicsZip(page('<p>No files today.</p>'), MEDLINEPLUS_XML_PAGE)).toBeUndefined();
  });
});

describe('downloadLibrary', () => {
  it('finds the file on the page, downloads it with progress, and hands back the XML text in order', async () => {
    const { base, seen } = await site({
      '/xml.html': (res) => res.writeHead(200, { 'content-type': 'text/html' }).end(page('<a href="xml/mplus_topics_compressed_2026-11-28.zip">Health topics</a>')),
      '/xml/mplus_topics_compressed_2026-11-28.zip': (res) => res.writeHead(200, { 'content-length': String(zip.length) }).end(zip),
    });
    const { events, result, error } = await run(base);
    expect(error).toBeUndefined();
    expect(result).toEqual({ url: `${base}/xml/mplus_topics_compressed_2026-11-28.zip`, fileDate: '2026-11-28', compressedBytes: zip.length, chunks: 1 });
    const progress = events.filter((e) => e.kind === 'progress');
    expect(progress.at(-1)).toEqual({ kind: 'progress', receivedBytes: zip.length, totalBytes: zip.length });
    expect(events.flatMap((e) => (e.kind === 'text' ? [e.text] : [])).join('')).toBe(xml);
    // Two plain GETs: no query string, no cookie, no referrer — nothing about the person.
    expect(seen.map((s) => s.url)).toEqual(['/xml.html', '/xml/mplus_topics_compressed_2026-11-28.zip']);
    for (const s of seen) {
      expect(s.headers.cookie).toBeUndefined();
      expect(s.headers.referer).toBeUndefined();
      expect(s.headers.authorization).toBeUndefined();
    }
  });

  it('says so when the page links no file, or the file is missing', async () => {
    const { base } = await site({
      '/xml.html': (res) => res.writeHead(200).end(page('<p>Maintenance.</p>')),
    });
    expect(codeOf((await run(base)).error)).toBe('invalid-response');
    const second = await site({ '/xml.html': (res) => res.writeHead(200).end(page('<a href="xml/mplus_topics_compressed_2026-11-28.zip">x</a>')) });
    expect(codeOf((await run(second.base)).error)).toBe('invalid-response');
  });

  it('refuses a redirect to another site', async () => {
    const { base } = await site({
      '/xml.html': (res) => res.writeHead(302, { location: 'http://localhost:9/elsewhere' }).end(),
    });
    expect(['not-allowed', 'connection-lost']).toContain(codeOf((await run(base)).error));
  });

  it('refuses an archive that is not MedlinePlus, and one that inflates past the limit', async () => {
    const bad = makeZip([{ name: 'notes.txt', text: 'hello' }]);
    const { base } = await site({
      '/xml.html': (res) => res.writeHead(200).end(page('<a href="xml/mplus_topics_compressed_2026-11-28.zip">x</a>')),
      '/xml/mplus_topics_compressed_2026-11-28.zip': (res) => res.writeHead(200).end(bad),
    });
    expect(codeOf((await run(base)).error)).toBe('invalid-response');
    const again = await site({
      '/xml.html': (res) => res.writeHead(200).end(page('<a href="xml/mplus_topics_compressed_2026-11-28.zip">x</a>')),
      '/xml/mplus_topics_compressed_2026-11-28.zip': (res) => res.writeHead(200).end(zip),
    });
    expect(codeOf((await run(again.base, { maxXmlBytes: 1000 })).error)).toBe('invalid-response');
  });

  it('reports a connection that cannot be made as connection-lost, and a cancel as cancelled', async () => {
    expect(codeOf((await run('http://127.0.0.1:9')).error)).toBe('connection-lost');
    const { base } = await site({ '/xml.html': (res) => res.writeHead(200).end(page('')) });
    const controller = new AbortController();
    controller.abort();
    expect(codeOf((await run(base, { signal: controller.signal })).error)).toBe('cancelled');
  });
});
