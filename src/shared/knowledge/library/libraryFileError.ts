// The library file's problems, apart from the parser, so screens that explain them do not load it.

export type LibraryFileProblem = 'not-xml' | 'not-medlineplus' | 'unsafe' | 'too-large' | 'no-topics';

/** A file problem with a code the interface explains; the message is for logs and tests, never shown. */
export class LibraryFileError extends Error {
  constructor(
    readonly problem: LibraryFileProblem,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryFileError';
  }
}
