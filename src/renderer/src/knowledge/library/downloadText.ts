import type { HearthApi, HearthError, LibraryDownloadResult } from '../../../../shared/contract';

/** A download that main could not finish, with the typed code the interface explains. */
export class LibraryDownloadError extends Error {
  constructor(readonly error: HearthError) {
    super(error.message);
    this.name = 'LibraryDownloadError';
  }
}

/** What a download reports while the compressed file arrives. */
export interface DownloadBytes {
  readonly receivedBytes: number;
  readonly totalBytes: number | null;
}

/**
 * Asks main to download MedlinePlus's file once and yields its XML text as it arrives, in order. Once
 * every piece has been handed over, the result (with the file's date) goes to `onDone`, before the
 * iteration ends, so the reader can date facts by it. Cancelling the signal cancels the download in main.
 */
export async function* downloadText(
  hearth: Pick<HearthApi, 'library'>,
  signal: AbortSignal,
  onBytes: (bytes: DownloadBytes) => void,
  onDone: (result: LibraryDownloadResult) => void,
): AsyncGenerator<string> {
  const texts: string[] = [];
  let wake: (() => void) | undefined;
  const nudge = (): void => {
    wake?.();
    wake = undefined;
  };
  const handle = hearth.library.download({}, (event) => {
    if (event.kind === 'progress') onBytes(event);
    else texts[event.index] = event.text;
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
        const text = texts[next]!;
        texts[next] = '';
        next += 1;
        yield text;
      }
      if (outcome) {
        if (!outcome.ok) throw new LibraryDownloadError(outcome.error);
        // Every piece is delivered before the result; a missing one means the file is incomplete.
        if (next !== outcome.value.chunks) throw new LibraryDownloadError({ code: 'invalid-response', message: 'Part of the file did not arrive.' });
        onDone(outcome.value);
        return;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    signal.removeEventListener('abort', abort);
    if (!outcome) void handle.cancel();
  }
}
