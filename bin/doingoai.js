#!/usr/bin/env node
// The doingoai command: runs the compiled CLI (build/, written by `npm run build:lib`,
// which `npm install` runs through `prepare`). No TypeScript loader at run time.
import { main } from "../build/cli/main.js";

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    // main reports every error itself; this is the last resort, the stack only on request
    const detail = error instanceof Error && process.env.DOINGOAI_DEBUG === "1" ? error.stack : String(error);
    process.stderr.write(
      `Lỗi nội bộ của doingoai (xin báo lại) / Internal error in doingoai (please report it):\n${detail}\n`,
    );
    process.exitCode = 1;
  },
);
