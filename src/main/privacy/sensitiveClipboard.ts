/** The system clipboard as the privacy code uses it (Electron's `clipboard` in production). */
export interface ClipboardPort {
  readText(): string;
  writeText(text: string): void;
  clear(): void;
}

/**
 * A number Hearth copied for the person (a crisis line). It is remembered so a quick exit or a lock
 * can clear it — but only while the clipboard still holds exactly it, never what the person copied
 * since. Electron (before 44) cannot mark copied text as "do not keep in clipboard history or sync";
 * the UI says so plainly where the number is copied.
 */
export class SensitiveClipboard {
  private last: string | undefined;

  constructor(private readonly port: ClipboardPort) {}

  copy(text: string): void {
    this.port.writeText(text);
    this.last = text;
  }

  /** Clears the clipboard if it still holds what Hearth put there; true when it did. */
  clearIfOurs(): boolean {
    const ours = this.last;
    this.last = undefined;
    if (ours === undefined || this.port.readText() !== ours) return false;
    this.port.clear();
    return true;
  }
}

/** A clipboard in memory (tests and the UI bench). */
export function memoryClipboard(initial = ''): ClipboardPort & { readonly text: string } {
  let text = initial;
  return {
    get text() {
      return text;
    },
    readText: () => text,
    writeText: (next) => void (text = next),
    clear: () => void (text = ''),
  };
}
