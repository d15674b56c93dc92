import type { HearthError, LibraryDownloadEvent, StreamHandle } from '@shared/contract';

/** A download or file read that main could not finish, with the typed code the interface explains. */
export class LibraryTransferError extends Error {
  constructor(readonly error: HearthError) {
    super(error.message);
    this.name = 'LibraryTransferError';
  }
}

/** How far a download has arrived, or how far into a chosen file the text handed over so far reaches. */
export interface TransferBytes {
  readonly receivedBytes: number;
  readonly totalBytes: number | null;
}

/**
 * Yields, in order, the XML text main streams for the library (the MedlinePlus download, or the file the
 * person chose). Once every piece has been handed over, the result goes to `onDone`, before the iteration
 * ends, so the reader can date facts by it. Cancelling the signal cancels the work in main.
 */
export async function* textFromMain<R extends { readonly chunks: number }>(
  start: (onEvent: (event: LibraryDownloadEvent) => void) => StreamHandle<R>,
  signal: AbortSignal,
  onBytes: (bytes: TransferBytes) => void,
  onDone: (result: R) => void = () => undefined,
): AsyncGenerator<string> {
  // Events main sent before it heard a cancel can still arrive after the reading ended: they are dropped.
  let closed = false;
  let wake: (() => void) | undefined;
  const nudge = (): void => {
    wake?.();
    wake = undefined;
  };
  const texts: Array<{ readonly text: string; readonly sourceBytes?: number }> = [];
  let totalBytes: number | null = null;
  const handle = start((event) => {
    if (closed) return;
    if (event.kind === 'progress') {
      totalBytes = event.totalBytes;
      onBytes(event);
    } else texts[event.index] = event;
    nudge();
  });
  let outcome: Awaited<typeof handle.done> | undefined;
  void handle.done.then((r) => {
    outcome = r;
    nudge();
  });
  const abort = (): void => void handle.cancel();
  signal.addEventListener('abort', abort, { once: true });
  try {
    let next = 0;
    for (;;) {
      while (texts[next] !== undefined) {
        const { text, sourceBytes } = texts[next]!;
        texts[next] = { text: '' };
        next += 1;
        // A file's pieces say how far into it they reach: report that as the reader takes each one.
        if (sourceBytes !== undefined) onBytes({ receivedBytes: sourceBytes, totalBytes });
        yield text;
      }
      if (outcome) {
        if (!outcome.ok) throw new LibraryTransferError(outcome.error);
        // Every piece is delivered before the result; a missing one means the file is incomplete.
        if (next !== outcome.value.chunks) throw new LibraryTransferError({ code: 'invalid-response', message: 'Part of the file did not arrive.' });
        onDone(outcome.value);
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    closed = true;
    signal.removeEventListener('abort', abort);
    if (!outcome) void handle.cancel();
  }
}
