import { describe, expect, it } from 'vitest';
import { LibraryFileError } from '@shared/knowledge/library/medlinePlusXml';
import { LibraryTransferError } from '@renderer/knowledge/library/textFromMain';
import type { ImportOptions } from '@renderer/knowledge/library/libraryService';
import { libraryActions, problemOf, useLibraryUi } from './libraryImportState';

const named = (name: string): Error => Object.assign(new Error('x'), { name });

describe('problemOf (what the library panel says went wrong)', () => {
  it('says what was wrong with a file', () => {
    expect(problemOf(new LibraryFileError('not-medlineplus', 'root is rss'))).toBe('not-medlineplus');
    expect(problemOf(new LibraryFileError('unsafe', 'doctype'))).toBe('unsafe');
  });

  it('turns download failures into a reason and a next step', () => {
    expect(problemOf(new LibraryTransferError({ code: 'connection-lost', message: '' }))).toBe('connection-lost');
    expect(problemOf(new LibraryTransferError({ code: 'timeout', message: '' }))).toBe('connection-lost');
    expect(problemOf(new LibraryTransferError({ code: 'not-allowed', message: '' }))).toBe('invalid-response');
    expect(problemOf(new LibraryTransferError({ code: 'internal', message: '' }))).toBe('other');
  });

  it('explains a chosen file main refused before or while reading it', () => {
    expect(problemOf(new LibraryTransferError({ code: 'file-too-large', message: '' }))).toBe('too-large');
    expect(problemOf(new LibraryTransferError({ code: 'unexpected-file', message: '' }))).toBe('not-xml');
    expect(problemOf(new LibraryTransferError({ code: 'file-unreadable', message: '' }))).toBe('unreadable');
  });

  it('tells a full disk from anything else', () => {
    expect(problemOf(named('QuotaExceededError'))).toBe('storage');
    expect(problemOf(new TypeError('odd'))).toBe('other');
  });
});

describe('libraryActions (one import at a time, cancellable)', () => {
  const words = { title: 'Choose', buttonLabel: 'Add', filterName: 'Topics' };
  const chosen = { token: 'a'.repeat(32), sizeBytes: 10, fileDate: '2026-11-28' };

  it('cancelling the dialog changes nothing; a refused file is explained', async () => {
    useLibraryUi.setState({ status: null, progress: null, outcome: null });
    const library = { status: async () => null, chooseFile: async () => null, importFile: async () => Promise.reject(new Error('never')), download: async () => Promise.reject(new Error('never')), clear: async () => undefined };
    await libraryActions(library).chooseFile(words);
    expect(useLibraryUi.getState()).toMatchObject({ progress: null, outcome: null });
    const refusing = { ...library, chooseFile: async () => Promise.reject(new LibraryTransferError({ code: 'file-too-large', message: '' })) };
    await libraryActions(refusing).chooseFile(words);
    expect(useLibraryUi.getState().outcome).toEqual({ kind: 'failed', problem: 'too-large' });
  });

  it('progress that arrives after Cancel does not bring the bar back', async () => {
    useLibraryUi.setState({ status: null, progress: null, outcome: null });
    let started!: () => void;
    const reading = new Promise<void>((resolve) => (started = resolve));
    let late = (): void => undefined;
    const library = {
      status: async () => null,
      chooseFile: async () => chosen,
      importFile: (_file: typeof chosen, { signal, onProgress }: ImportOptions) =>
        new Promise<never>((_resolve, reject) => {
          onProgress({ phase: 'reading', done: 1, total: 10, topics: 0 });
          started();
          signal.addEventListener('abort', () => reject(new Error('cancelled')));
          // Main's last progress event, sent before it heard the cancel, arriving after the import ended.
          late = () => onProgress({ phase: 'reading', done: 5, total: 10, topics: 3 });
        }),
      download: async () => Promise.reject(new Error('never')),
      clear: async () => undefined,
    };
    const actions = libraryActions(library);
    const done = actions.chooseFile(words);
    await reading;
    expect(useLibraryUi.getState().progress).toMatchObject({ done: 1 });
    actions.cancel();
    await done;
    late();
    expect(useLibraryUi.getState()).toMatchObject({ progress: null, outcome: { kind: 'cancelled' } });
  });
});
