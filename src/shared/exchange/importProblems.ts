/** Why an import was refused. Each has its own explanation in the UI. */
export type ImportProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-a-hearth-export'
  | 'newer-version'
  | 'invalid-field'
  | 'inconsistent'
  | 'already-exists';

/** A specific reason, with where in the file it is (a JSON path) when there is one. Never file content. */
export interface ImportProblem {
  readonly code: ImportProblemCode;
  /** e.g. "messages.12.seq". */
  readonly path?: string;
  /** A short, content-free detail in English for the log-free diagnostics line, e.g. "duplicate seq". */
  readonly detail?: string;
}

export type ImportResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: ImportProblem };
