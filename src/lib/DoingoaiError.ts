import type { Bilingual, Lang } from "../data/Bilingual.ts";

/** Exit codes of the CLI, documented in `doingoai --help`. */
export const exitCodes = {
  ok: 0,
  /** Unexpected failure (a bug): please report it. */
  internal: 1,
  /** The command line was wrong (unknown command or option). */
  usage: 2,
  /** The input data failed validation; nothing was written. */
  invalidData: 3,
  /** The database could not be opened (locked, not a doingoai database, newer schema). */
  database: 4,
  /** A file could not be read or written. */
  io: 5,
} as const;

/** One of the CLI's exit codes (see {@link exitCodes}). */
export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/**
 * An error meant for the person who gave the input: it says what went wrong in
 * Vietnamese and English and carries the CLI exit code. Callers branch on it
 * to print the message instead of a stack trace.
 */
export class DoingoaiError extends Error {
  readonly text: Bilingual;
  readonly exitCode: ExitCode;
  constructor(text: Bilingual, options: { exitCode?: ExitCode; cause?: unknown } = {}) {
    super(`${text.vi} / ${text.en}`, options.cause === undefined ? {} : { cause: options.cause });
    this.name = "DoingoaiError";
    this.text = text;
    this.exitCode = options.exitCode ?? exitCodes.internal;
  }

  /** The message in one language, Vietnamese by default. */
  say(lang: Lang = "vi"): string {
    return this.text[lang];
  }
}

/** A DuckDB error with the SQL that raised it (as Mosaic's QueryError). */
export class QueryError extends Error {
  readonly sql: string;
  constructor(sql: string, cause: unknown) {
    super(
      `${cause instanceof Error ? cause.message.slice(0, 1000) : String(cause)}\nSQL: ${sql.slice(0, 1000)}`,
      { cause },
    );
    this.name = "QueryError";
    this.sql = sql;
  }
}
