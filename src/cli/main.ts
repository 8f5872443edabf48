import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { zodIssuesText } from "../lib/zodIssuesText.ts";
import type { Lang } from "../data/Bilingual.ts";
import { DoingoaiError, exitCodes } from "../lib/DoingoaiError.ts";
import type { Command, OptionSpec } from "./Command.ts";
import { commands } from "./commands/index.ts";
import { fileSystemReasons } from "../lib/io/fileSystemReasons.ts";
import { damagedDatabase } from "../lib/store/checkDatabaseFile.ts";
import { resolveDbPath } from "../lib/store/openStore.ts";

const globalOptions: OptionSpec = {
  db: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
};

const exitCodeHelp = {
  vi: `Mã thoát: 0 thành công; 1 lỗi nội bộ; 2 sai cú pháp lệnh; 3 dữ liệu không hợp lệ (không ghi gì); 4 không mở được cơ sở dữ liệu; 5 không đọc hoặc ghi được tệp hay thư mục.`,
  en: `Exit codes: 0 success; 1 internal error; 2 bad command line; 3 invalid data (nothing written); 4 database cannot be opened; 5 a file or folder cannot be read or written.`,
};

function mainHelp(lang: Lang): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary[lang]}`);
  const head =
    lang === "vi"
      ? [
          "doingoai — phân tích và lập kế hoạch công tác đối ngoại cấp tỉnh",
          "",
          "Cách dùng: doingoai LỆNH [tùy chọn]   (doingoai LỆNH --help để xem chi tiết)",
          "",
          "Lệnh:",
        ]
      : [
          "doingoai — analytics and planning for a province's external affairs",
          "",
          "Usage: doingoai COMMAND [options]   (doingoai COMMAND --help for details)",
          "",
          "Commands:",
        ];
  const tail =
    lang === "vi"
      ? [
          "",
          "Tùy chọn chung:",
          "  --db PATH       tệp cơ sở dữ liệu (mặc định DOINGOAI_DB hoặc ./data/doingoai.duckdb)",
          "  --lang vi|en    ngôn ngữ thông báo (mặc định vi)",
          "  -h, --help      trợ giúp",
          "",
          exitCodeHelp.vi,
        ]
      : [
          "",
          "Global options:",
          "  --db PATH       database file (default DOINGOAI_DB or ./data/doingoai.duckdb)",
          "  --lang vi|en    language of messages (default vi)",
          "  -h, --help      help",
          "",
          exitCodeHelp.en,
        ];
  return [...head, ...lines, ...tail].join("\n") + "\n";
}

function commandHelp(command: Command, lang: Lang): string {
  const usage = lang === "vi" ? "Cách dùng" : "Usage";
  return `${usage}: ${command.usage}\n\n${command.summary[lang]}\n\n${command.help[lang]}\n\n${exitCodeHelp[lang]}\n`;
}

function pickLang(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value =
    i < 0 ? process.env["DOINGOAI_LANG"] : argv[i]!.includes("=") ? argv[i]!.split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "vi";
}

/** Runs the CLI on `argv` (without node and script) and returns the exit code. */
export async function main(
  argv: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream & { isTTY?: boolean } } = process,
): Promise<number> {
  const lang = pickLang(argv);
  const [name, ...rest] = argv;
  if (
    name === undefined ||
    name === "--help" ||
    name === "-h" ||
    name === "help" ||
    name.startsWith("--lang")
  ) {
    io.stdout.write(mainHelp(lang));
    return name === undefined ? exitCodes.usage : exitCodes.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    return reportError(
      io.stderr,
      lang,
      new DoingoaiError(
        {
          vi: `Lệnh không tồn tại: ${name}. Xem doingoai --help.`,
          en: `Unknown command: ${name}. See doingoai --help.`,
        },
        { exitCode: exitCodes.usage },
      ),
    );
  }
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...globalOptions, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const code = reportError(
      io.stderr,
      lang,
      new DoingoaiError(
        { vi: `Tùy chọn không hợp lệ: ${message}`, en: `Invalid option: ${message}` },
        { exitCode: exitCodes.usage },
      ),
    );
    io.stderr.write(`\n${commandHelp(command, lang)}`);
    return code;
  }
  if (parsed.values["help"]) {
    io.stdout.write(commandHelp(command, lang));
    return exitCodes.ok;
  }
  const langValue = parsed.values["lang"];
  if (langValue !== undefined && langValue !== "vi" && langValue !== "en") {
    return reportError(
      io.stderr,
      lang,
      new DoingoaiError(
        {
          vi: `--lang: vi | en (nhận được ${String(langValue)})`,
          en: `--lang: vi | en (got ${String(langValue)})`,
        },
        { exitCode: exitCodes.usage },
      ),
    );
  }
  try {
    return await command.run({
      values: parsed.values,
      positionals: parsed.positionals,
      lang,
      db: typeof parsed.values["db"] === "string" ? parsed.values["db"] : undefined,
      stdout: io.stdout,
      stderr: io.stderr,
    });
  } catch (error) {
    // a damaged block found by a query outside the store's own methods (export's COPY…): exit 4, the file named
    const db = typeof parsed.values["db"] === "string" ? parsed.values["db"] : undefined;
    const damaged =
      error instanceof DoingoaiError
        ? undefined
        : damagedDatabase(resolveDbPath(db, { reading: true }), error);
    return reportError(io.stderr, lang, damaged ?? error);
  }
}

/**
 * Writes an error for the person: both languages, the chosen one first (the person reading may
 * not be the one who ran it), never a stack frame unless DOINGOAI_DEBUG=1; returns the exit code.
 */
export function reportError(stderr: NodeJS.WritableStream, lang: Lang, error: unknown): number {
  const known = asUserError(error);
  const other = lang === "vi" ? "en" : "vi";
  if (known) {
    stderr.write(`${known.say(lang)}\n${known.say(other)}\n`);
    return known.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  const text = {
    vi: "Lỗi nội bộ của doingoai (xin báo lại, kèm lệnh đã chạy; đặt DOINGOAI_DEBUG=1 để xem chi tiết):",
    en: "Internal error in doingoai (please report it with the command you ran; set DOINGOAI_DEBUG=1 for details):",
  };
  stderr.write(`${text[lang]}\n${text[other]}\n${message}\n`);
  if (process.env["DOINGOAI_DEBUG"] === "1" && error instanceof Error && error.stack) {
    stderr.write(`${error.stack}\n`);
  }
  return exitCodes.internal;
}

/**
 * A DoingoaiError as is; a filesystem error on a path (ENOENT, ENOTDIR, EISDIR, EEXIST, EACCES,
 * EPERM, EROFS …) as exit code 5 naming the path; a zod error from the person's input as exit
 * code 2 with its issues in words; anything else is not the person's mistake (undefined).
 */
function asUserError(error: unknown): DoingoaiError | undefined {
  if (error instanceof DoingoaiError) return error;
  if (!(error instanceof Error)) return undefined;
  const { code, path } = error as NodeJS.ErrnoException;
  const reason = code === undefined ? undefined : fileSystemReasons[code];
  if (reason && typeof path === "string") {
    return new DoingoaiError(
      {
        vi: `Không đọc hoặc ghi được ${path}: ${reason.vi} (${code}).`,
        en: `Cannot read or write ${path}: ${reason.en} (${code}).`,
      },
      { exitCode: exitCodes.io, cause: error },
    );
  }
  if (error instanceof ZodError) {
    const issues = zodIssuesText(error);
    return new DoingoaiError(
      { vi: `Giá trị không hợp lệ: ${issues}`, en: `Invalid value: ${issues}` },
      { exitCode: exitCodes.usage, cause: error },
    );
  }
  return undefined;
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, "/"));
if (invokedDirectly) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.exitCode = reportError(process.stderr, pickLang(process.argv.slice(2)), error);
    },
  );
}
