// A stand-in for main's native dialogs: each answers with the path the test scripted (null = the person
// cancelled) and records what it was asked to show, so a test can check the words are the person's.
import type { DialogWords } from '@shared/contract';
import type { FileDialogs } from '@main/files/fileDialogs';

/** One dialog main opened: which kind, its words, and for open/save the extensions (and the proposed name). */
export interface DialogCall {
  readonly kind: 'model-file' | 'folder' | 'open' | 'save';
  readonly title: string;
  readonly buttonLabel: string;
  readonly filterName?: string;
  readonly extensions?: readonly string[];
  readonly suggestedName?: string;
}

/** What each kind of dialog answers next; a test may change it between clicks. */
export interface DialogScript {
  modelFile?: string | null;
  folder?: string | null;
  open?: string | null;
  save?: string | null;
}

/** Scripted native dialogs; `asked` lists every dialog opened, in order. */
export function scriptedDialogs(script: DialogScript = {}): { readonly dialogs: FileDialogs; readonly asked: DialogCall[]; readonly script: DialogScript } {
  const asked: DialogCall[] = [];
  const words = (w: Omit<DialogWords, 'filterName'> & { filterName?: string }) => ({ title: w.title, buttonLabel: w.buttonLabel, ...(w.filterName ? { filterName: w.filterName } : {}) });
  const dialogs: FileDialogs = {
    chooseModelFile: async (w) => (asked.push({ kind: 'model-file', ...words(w) }), script.modelFile ?? null),
    chooseFolder: async (w) => (asked.push({ kind: 'folder', ...words(w) }), script.folder ?? null),
    openFile: async (w, extensions) => (asked.push({ kind: 'open', ...words(w), extensions: [...extensions] }), script.open ?? null),
    saveFile: async (w, suggestedName, extensions) => (asked.push({ kind: 'save', ...words(w), extensions: [...extensions], suggestedName }), script.save ?? null),
  };
  return { dialogs, asked, script };
}
