import { terminalSafe } from './terminal-safe.ts';

/**
 * An error in an input file, for people: `file:line:column: what is wrong (at element path)`.
 * Every reader throws this; the CLI prints `format()` and exits non-zero without writing anything.
 */
export class SourceFileError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly elementPath: string | undefined;

  constructor(file: string, line: number, column: number, message: string, elementPath?: string) {
    super(message);
    this.name = 'SourceFileError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.elementPath = elementPath;
  }

  /**
   * The one-line form the CLI prints. File names, messages and element paths may quote the input's own
   * text, so control characters are escaped visibly (see terminal-safe.ts).
   */
  format(): string {
    const where = this.elementPath ? ` (at ${this.elementPath})` : '';
    return terminalSafe(`${this.file}:${this.line}:${this.column}: ${this.message}${where}`);
  }
}

/** Wraps a foreign error (I/O, zip) into an SourceFileError at line 1, column 1 of the file. */
export function toSourceFileError(file: string, error: unknown): SourceFileError {
  if (error instanceof SourceFileError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new SourceFileError(file, 1, 1, message);
}
