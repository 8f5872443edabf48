import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";

/** An error in the command line itself (exit code 2), said in both languages. */
export function usageError(vi: string, en: string): DoingoaiError {
  return new DoingoaiError({ vi, en }, { exitCode: exitCodes.usage });
}
