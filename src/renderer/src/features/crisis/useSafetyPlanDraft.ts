import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '@renderer/services/ServicesContext';
import { fromDraft, toDraft, type DraftItem, type PlanDraft, type PlanSection } from './planDraft';

/** Where the plan stands: loading, could not be read (locked), nothing written yet, or how the last edit is doing. */
export type PlanStatus = 'loading' | 'load-failed' | 'blank' | 'saved' | 'unsaved' | 'saving' | 'save-failed';

// Long enough not to write on every keystroke, short enough that closing the window loses little.
const AUTOSAVE_DELAY_MS = 400;

/** The safety plan as an editable draft that saves itself a moment after each change (and on leaving). */
export function useSafetyPlanDraft(): {
  readonly draft: PlanDraft | undefined;
  readonly status: PlanStatus;
  setSection(section: PlanSection, items: readonly DraftItem[]): void;
} {
  const { repos } = useServices();
  const [draft, setDraft] = useState<PlanDraft | undefined>(undefined);
  const [status, setStatus] = useState<PlanStatus>('loading');
  const latest = useRef<PlanDraft | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Saves run one after another so an older draft can never land after a newer one.
  const queue = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    repos.singletons.safetyPlan().then(
      (plan) => {
        if (!live) return;
        const loaded = toDraft(plan, Date.now());
        latest.current = loaded;
        setDraft(loaded);
        setStatus(plan ? 'saved' : 'blank');
      },
      () => live && setStatus('load-failed'),
    );
    return () => {
      live = false;
    };
  }, [repos]);

  const save = useCallback((): Promise<void> => {
    timer.current = undefined;
    const toSave = latest.current;
    if (!toSave) return queue.current;
    setStatus('saving');
    queue.current = queue.current
      .then(() => repos.singletons.saveSafetyPlan(fromDraft(toSave, Date.now())))
      .then(
        () => setStatus(latest.current === toSave ? 'saved' : 'unsaved'),
        () => setStatus('save-failed'),
      );
    return queue.current;
  }, [repos]);

  // Leaving the screen (or closing the window) with an edit still waiting: write it now rather than lose it.
  useEffect(() => {
    const flush = (): void => {
      if (timer.current === undefined) return;
      clearTimeout(timer.current);
      void save();
    };
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [save]);

  const setSection = (section: PlanSection, items: readonly DraftItem[]): void => {
    const base = latest.current;
    if (!base) return;
    const next: PlanDraft = { ...base, [section]: items, updatedAt: Date.now() };
    latest.current = next;
    setDraft(next);
    setStatus('unsaved');
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
  };

  return { draft, status, setSection };
}
