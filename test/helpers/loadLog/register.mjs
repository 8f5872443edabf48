// `node --import ./register.mjs …`: records every module the process resolves
// (one URL a line) in the file named by DOINGOAI_LOAD_LOG. Used by the test that
// proves the CLI loads DuckDB, exceljs, docx and Framework only when it needs them.
import { register } from "node:module";

register("./hooks.mjs", import.meta.url, { data: { log: process.env["DOINGOAI_LOAD_LOG"] } });
