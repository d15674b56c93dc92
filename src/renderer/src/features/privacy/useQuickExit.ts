import { useCallback, useEffect, useRef } from 'react';
import { useServices } from '../../app/ServicesContext';

/** Shown to the user; main registers the same accelerator system-wide. */
export const QUICK_EXIT_SHORTCUT = 'Ctrl+Shift+H';
const DOUBLE_ESCAPE_MS = 600;

/** Quick exit: lock first (so nothing stays readable), then ask main to hide the window at once. */
export function useQuickExitAction(): () => void {
  const { store, hearth } = useServices();
  return useCallback(() => {
    store.vault.lock();
    void hearth.privacy.quickExit({});
  }, [store, hearth]);
}

/**
 * Listens, once for the whole app, for the in-app shortcut, Esc pressed twice, and main's
 * system-wide shortcut (main has hidden the window already; the renderer locks to match).
 */
export function useQuickExitKeys(): void {
  const { store, hearth } = useServices();
  const exit = useQuickExitAction();
  const lastEscape = useRef(Number.NEGATIVE_INFINITY);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'h' && event.shiftKey && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        exit();
        return;
      }
      if (event.key !== 'Escape') return;
      // Esc closes dialogs (the crisis panel among them): it must never also hide Hearth there.
      if (document.querySelector('dialog[open]') || event.defaultPrevented) {
        lastEscape.current = Number.NEGATIVE_INFINITY;
        return;
      }
      const now = performance.now();
      if (now - lastEscape.current < DOUBLE_ESCAPE_MS) exit();
      lastEscape.current = now;
    };
    window.addEventListener('keydown', onKey, true);
    const watch = hearth.privacy.watchQuickExit({}, () => store.vault.lock());
    return () => {
      window.removeEventListener('keydown', onKey, true);
      void watch.cancel();
    };
  }, [exit, hearth, store]);
}
