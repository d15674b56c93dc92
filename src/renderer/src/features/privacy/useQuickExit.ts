import { useCallback, useEffect, useRef } from 'react';
import { quickExitSignal, type QuickExitSource } from '@renderer/services/quickExitSignal';
import { useServices } from '@renderer/services/ServicesContext';
import { hearth as bridge } from '@renderer/hearth';
import { useIncognito } from '@renderer/services/incognitoSession';
import { useNeutralScreen } from './neutralScreenState';

/** Shown to the user; main registers the same accelerator system-wide. */
export const QUICK_EXIT_SHORTCUT = 'Ctrl+Shift+H';
const DOUBLE_ESCAPE_MS = 600;

/**
 * Quick exit from inside Hearth: the renderer drops everything at once (the app signal), then main
 * hides the window, stops model calls, unloads the model, clears a copied number and reloads the page.
 */
export function useQuickExitAction(): () => void {
  // The bridge itself, not the app's services: the button works in the frame painted before storage opens.
  return useCallback(() => {
    quickExitSignal.fire('in-app');
    void bridge().privacy.quickExit({});
  }, []);
}

/**
 * What the renderer itself does on a quick exit, whoever fired it: lock (with a passphrase), end an
 * incognito group, and cover the app with the neutral screen (without one).
 */
export function useQuickExitResponse(): void {
  const { store } = useServices();
  useEffect(
    () =>
      quickExitSignal.subscribe((_source: QuickExitSource) => {
        store.vault.lock();
        useIncognito.getState().end();
        if (store.holder.current.kind === 'off') useNeutralScreen.getState().show();
      }),
    [store],
  );
}

/**
 * Listens, once for the whole app, for the in-app shortcut, Esc pressed twice, and main's
 * system-wide shortcut (main has done its part already; the renderer drops what it holds).
 */
export function useQuickExitKeys(): void {
  const { hearth } = useServices();
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
      // Esc closes dialogs (the crisis panel among them) and popovers (a citation's source): it must
      // never also hide Hearth there, nor count towards a double Esc.
      if (document.querySelector('dialog[open], :popover-open') || event.defaultPrevented) {
        lastEscape.current = Number.NEGATIVE_INFINITY;
        return;
      }
      const now = performance.now();
      if (now - lastEscape.current < DOUBLE_ESCAPE_MS) exit();
      lastEscape.current = now;
    };
    window.addEventListener('keydown', onKey, true);
    const watch = hearth.privacy.watchQuickExit({}, () => quickExitSignal.fire('system-shortcut'));
    return () => {
      window.removeEventListener('keydown', onKey, true);
      void watch.cancel();
    };
  }, [exit, hearth]);
}
