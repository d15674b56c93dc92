/** The hash main loads the page with after a quick exit (electron/privacyDeps.ts sets it). */
export const AFTER_QUICK_EXIT_HASH = '#after-quick-exit';

/** True when this page was loaded by a quick exit; the hash is removed so a reload starts normally. */
export function takeQuickExitStart(location: Pick<Location, 'hash' | 'pathname' | 'search'>, history: Pick<History, 'replaceState'>): boolean {
  if (location.hash !== AFTER_QUICK_EXIT_HASH) return false;
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  return true;
}
