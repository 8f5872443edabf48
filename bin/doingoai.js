#!/usr/bin/env node
// The doingoai command: runs the compiled CLI (build/, written by `npm run build:lib`,
// which `npm install` runs through `prepare`). No TypeScript loader at run time.
import { main } from "../build/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
