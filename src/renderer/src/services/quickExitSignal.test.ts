import { describe, expect, it } from 'vitest';
import { takeQuickExitStart } from './neutralStart';
import { quickExitSignal } from './quickExitSignal';

describe('the renderer quick-exit signal', () => {
  it('reaches every subscriber, even when one of them throws, and stops reaching one that left', () => {
    const heard: string[] = [];
    const stopA = quickExitSignal.subscribe((source) => heard.push(`a:${source}`));
    const stopB = quickExitSignal.subscribe(() => {
      throw new Error('a listener that fails');
    });
    const stopC = quickExitSignal.subscribe((source) => heard.push(`c:${source}`));
    quickExitSignal.fire('in-app');
    stopA();
    quickExitSignal.fire('system-shortcut');
    stopB();
    stopC();
    expect(heard).toEqual(['a:in-app', 'c:in-app', 'c:system-shortcut']);
    expect(quickExitSignal.listeners).toBe(0);
  });

  it('knows a page main reloaded after a quick exit, once', () => {
    const replaced: string[] = [];
    const history = { replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)) };
    expect(takeQuickExitStart({ hash: '#after-quick-exit', pathname: '/index.html', search: '' }, history)).toBe(true);
    expect(replaced).toEqual(['/index.html']);
    expect(takeQuickExitStart({ hash: '', pathname: '/index.html', search: '' }, history)).toBe(false);
  });
});
