import type { Lang } from "../data/Bilingual.ts";

const phaseLabel = {
  read: { vi: "đọc", en: "reading" },
  check: { vi: "kiểm tra", en: "checking" },
  write: { vi: "ghi", en: "writing" },
} as const;

/**
 * A progress bar on stderr for imports that take more than `delayMs`
 * (default 2 s): quick imports print nothing. Shown on a terminal, or always
 * with `force` (then one line per update, for logs and tests).
 */
export function progressBar(
  stderr: NodeJS.WritableStream & { isTTY?: boolean },
  lang: Lang,
  options: { force?: boolean; delayMs?: number } = {},
) {
  const started = Date.now();
  const delay = options.delayMs ?? (options.force ? 0 : 2000);
  const tty = stderr.isTTY === true;
  const show = tty || options.force === true;
  let drawn = false;
  return {
    update(phase: keyof typeof phaseLabel, what: string, done: number) {
      if (!show || Date.now() - started < delay) return;
      // read, check and write take about a third of the time each
      const overall = Math.min(1, ({ read: 0, check: 1, write: 2 }[phase] + done) / 3);
      const width = 30;
      const filled = Math.round(overall * width);
      const line = `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${Math.round(overall * 100)}% ${phaseLabel[phase][lang]} ${what}`;
      stderr.write(tty ? `\r${line.padEnd(80)}` : `${line}\n`);
      drawn = true;
    },
    end() {
      if (drawn && tty) stderr.write("\n");
    },
  };
}
