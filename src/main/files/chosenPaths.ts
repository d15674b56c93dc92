import { randomBytes } from 'node:crypto';

/** What a chosen path is for: a model file to install, a folder to save one into, or a health-library file to read. */
export type ChosenKind = 'model-file' | 'folder' | 'library-file';

/**
 * Paths the person chose in a native dialog, kept in main. The renderer only gets a random token,
 * so a compromised page can never name a path of its own for main to read or write.
 */
export class ChosenPaths {
  private readonly paths = new Map<string, { kind: ChosenKind; path: string }>();

  remember(kind: ChosenKind, path: string): string {
    const token = randomBytes(16).toString('hex');
    this.paths.set(token, { kind, path });
    return token;
  }

  /** The path behind a token of the given kind, or undefined. */
  get(token: string, kind: ChosenKind): string | undefined {
    const entry = this.paths.get(token);
    return entry?.kind === kind ? entry.path : undefined;
  }
}
