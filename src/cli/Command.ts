import type { ParseArgsConfig } from "node:util";
import type { Bilingual, Lang } from "../data/Bilingual.ts";

export type OptionSpec = NonNullable<ParseArgsConfig["options"]>;

/** What a command receives: parsed arguments and where to write. */
export interface CommandContext {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  lang: Lang;
  /** The database path given with --db, if any (else DOINGOAI_DB or the default). */
  db: string | undefined;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** One `doingoai` sub-command. Adding a command is adding a file to commands/ and a line to commands/index.ts. */
export interface Command {
  name: string;
  /** One line for `doingoai --help`. */
  summary: Bilingual;
  /** Usage line, e.g. "doingoai import FILE|FOLDER... [--entity NAME]". */
  usage: string;
  /** Longer help: what it does, each option, examples, exit codes that matter. */
  help: Bilingual;
  options: OptionSpec;
  /** Returns the exit code. Throw DoingoaiError for input problems. */
  run(ctx: CommandContext): Promise<number>;
}
