import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_ORIGIN, isAppUrl, rendererOrigin } from './appOrigin';
import { buildContentSecurityPolicy, parseContentSecurityPolicy } from './csp';
import { checkExternalUrl, hostIsAllowed, parseAllowedDomains } from './externalLinks';
import { isTrustedSender } from './ipcSender';
import { blockNavigation, type NavigableContents } from './navigation';
import { denyAllPermissions } from './permissions';
import { claimSingleInstance } from './singleInstance';
import { secureWebPreferences } from './webPreferences';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/preload.cjs', { devTools: false });
  it('isolates the context, sandboxes the renderer and keeps Node out', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('keeps web security on and forbids insecure content and webviews', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.spellcheck).toBe(false);
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});

describe('Content-Security-Policy', () => {
  const csp = parseContentSecurityPolicy(buildContentSecurityPolicy());
  it('lets the renderer connect nowhere', () => {
    expect(csp.get('connect-src')).toEqual(["'none'"]);
  });
  it('allows scripts only from the app itself', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });
  it('forbids plugins, frames, forms and base-uri changes', () => {
    for (const d of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) expect(csp.get(d)).toEqual(["'none'"]);
  });
  it('names no outside origin in any directive', () => {
    for (const values of csp.values()) for (const v of values) expect(v).toMatch(/^('[a-z-]+'|data:|blob:)$/);
  });
  it('in development adds only the dev server and its websocket', () => {
    const dev = parseContentSecurityPolicy(buildContentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }));
    expect(dev.get('connect-src')).toEqual(['http://localhost:5173', 'ws://localhost:5173']);
  });
});

describe('permissions', () => {
  it('denies every permission request and check', () => {
    let request: ((wc: unknown, p: string, cb: (g: boolean) => void) => void) | null = null;
    let check: ((wc: unknown, p: string) => boolean) | null = null;
    let device: ((d: unknown) => boolean) | null = null;
    denyAllPermissions({
      setPermissionRequestHandler: (h) => (request = h),
      setPermissionCheckHandler: (h) => (check = h),
      setDevicePermissionHandler: (h) => (device = h),
    });
    for (const p of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const cb = vi.fn();
      request!(null, p, cb);
      expect(cb).toHaveBeenCalledWith(false);
      expect(check!(null, p)).toBe(false);
    }
    expect(device!({})).toBe(false);
  });
});

describe('navigation', () => {
  const setup = () => {
    const listeners = new Map<string, (e: { preventDefault(): void }, url?: string) => void>();
    let openHandler: ((d: { url: string }) => { action: 'deny' }) | undefined;
    const contents: NavigableContents = {
      on: (event, listener) => listeners.set(event, listener),
      setWindowOpenHandler: (h) => (openHandler = h),
    };
    const blocked = vi.fn();
    blockNavigation(contents, APP_ORIGIN, blocked);
    const fire = (event: string, url?: string) => {
      const e = { preventDefault: vi.fn() };
      listeners.get(event)!(e, url);
      return e.preventDefault.mock.calls.length > 0;
    };
    return { fire, open: () => openHandler!({ url: 'https://medlineplus.gov/' }), blocked };
  };
  it('blocks navigation and redirects to other origins', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(fire('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(fire('will-redirect', 'http://127.0.0.1:11434/')).toBe(true);
  });
  it('allows in-app navigation', () => {
    const { fire } = setup();
    expect(fire('will-navigate', 'app://hearth/index.html#/home')).toBe(false);
  });
  it('denies every new window and webview', () => {
    const { fire, open, blocked } = setup();
    expect(open()).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview')).toBe(true);
    expect(blocked).toHaveBeenCalledWith('window-open');
  });
});

describe('IPC sender check', () => {
  it('trusts only the app origin', () => {
    expect(isTrustedSender('app://hearth/index.html', APP_ORIGIN)).toBe(true);
    expect(isTrustedSender('app://other/index.html', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('https://hearth/', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('about:blank', APP_ORIGIN)).toBe(false);
    expect(isTrustedSender(undefined, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender('not a url', APP_ORIGIN)).toBe(false);
  });
  it('uses the dev server origin in development', () => {
    expect(rendererOrigin('http://localhost:5173/')).toBe('http://localhost:5173');
    expect(isAppUrl('http://localhost:5173/x', rendererOrigin('http://localhost:5173'))).toBe(true);
    expect(rendererOrigin()).toBe(APP_ORIGIN);
  });
});

describe('external links', () => {
  const domains = parseAllowedDomains('# comment\nmedlineplus.gov\nnhs.uk # inline\n\nnot a domain\n988lifeline.org');
  it('parses the reviewed domain list', () => {
    expect(domains).toEqual(['medlineplus.gov', 'nhs.uk', '988lifeline.org']);
  });
  it('opens allowlisted https sites and their subdomains', () => {
    expect(checkExternalUrl('https://medlineplus.gov/lupus.html', domains)).toEqual({ ok: true, url: 'https://medlineplus.gov/lupus.html' });
    expect(checkExternalUrl('https://www.nhs.uk/conditions/', domains).ok).toBe(true);
    expect(hostIsAllowed('NHS.UK', domains)).toBe(true);
  });
  it('refuses http, other schemes and hosts that only look alike', () => {
    expect(checkExternalUrl('http://medlineplus.gov/', domains)).toEqual({ ok: false, reason: 'scheme' });
    expect(checkExternalUrl('file:///etc/passwd', domains)).toEqual({ ok: false, reason: 'scheme' });
    expect(checkExternalUrl('javascript:alert(1)', domains)).toEqual({ ok: false, reason: 'scheme' });
    expect(checkExternalUrl('https://evilnhs.uk/', domains)).toEqual({ ok: false, reason: 'domain' });
    expect(checkExternalUrl('https://nhs.uk.evil.com/', domains)).toEqual({ ok: false, reason: 'domain' });
    expect(checkExternalUrl('https://user:pw@nhs.uk/', domains)).toEqual({ ok: false, reason: 'domain' });
    expect(checkExternalUrl('https://nhs.uk:8443/', domains)).toEqual({ ok: false, reason: 'domain' });
    expect(checkExternalUrl('not a url', domains)).toEqual({ ok: false, reason: 'malformed' });
  });
  it('opens tel: and sms: links to plain numbers only', () => {
    expect(checkExternalUrl('tel:988', domains).ok).toBe(true);
    expect(checkExternalUrl('tel:+441161123', domains).ok).toBe(true);
    expect(checkExternalUrl('tel:1-800-222-1222', domains).ok).toBe(true);
    expect(checkExternalUrl('sms:741741?&body=HOME', domains).ok).toBe(true);
    expect(checkExternalUrl('tel:988?x=1', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('tel:call-me', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('sms:', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('tel:988#1', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('tel:%E0', domains)).toEqual({ ok: false, reason: 'malformed' });
    expect(checkExternalUrl('sms:741741?x=1', domains)).toEqual({ ok: false, reason: 'number' });
  });
  it('dials a star short code (Chile *4141) but never texts one or accepts anything else after the star', () => {
    expect(checkExternalUrl('tel:*4141', domains)).toEqual({ ok: true, url: 'tel:*4141' });
    expect(checkExternalUrl('sms:*4141', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('tel:*41a1', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('tel:**4141', domains)).toEqual({ ok: false, reason: 'number' });
    expect(checkExternalUrl('tel:*4141?x=1', domains)).toEqual({ ok: false, reason: 'number' });
  });
  it('rebuilds phone links rather than passing on what it was given', () => {
    expect(checkExternalUrl('tel:1-800-222-1222', domains)).toEqual({ ok: true, url: 'tel:18002221222' });
    expect(checkExternalUrl('sms:741741?&body=HOME', domains)).toEqual({ ok: true, url: 'sms:741741?&body=HOME' });
    expect(checkExternalUrl('sms:988?body=AYUDA', domains)).toEqual({ ok: true, url: 'sms:988?&body=AYUDA' });
  });
  it('the shipped allowlist contains only plain domains', () => {
    const text = readFileSync(new URL('../../../resources/allowed-domains.txt', import.meta.url), 'utf8');
    const parsed = parseAllowedDomains(text);
    expect(parsed.length).toBeGreaterThan(5);
    expect(parsed).toContain('medlineplus.gov');
  });
});

describe('single instance', () => {
  it('quits a second instance', () => {
    const app = { requestSingleInstanceLock: () => false, on: vi.fn(), quit: vi.fn() };
    expect(claimSingleInstance(app, vi.fn())).toBe(false);
    expect(app.quit).toHaveBeenCalled();
  });
  it('focuses the first window when a second launch happens', () => {
    const handlers: Record<string, () => void> = {};
    const app = { requestSingleInstanceLock: () => true, on: (e: string, l: () => void) => (handlers[e] = l), quit: vi.fn() };
    const focus = vi.fn();
    expect(claimSingleInstance(app, focus)).toBe(true);
    handlers['second-instance']!();
    expect(focus).toHaveBeenCalled();
    expect(app.quit).not.toHaveBeenCalled();
  });
});
