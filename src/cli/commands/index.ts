import type { Command } from "../Command.ts";

/** Every CLI command, in the order `doingoai --help` lists them. */
export const commands: Command[] = [];
