import type { Lang } from "../../data/Bilingual.ts";
import type { Change } from "../../lib/changes/Change.ts";
import { listChanges } from "../../lib/changes/listChanges.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { countsText, sourcesText, whenText } from "../changeText.ts";
import type { Command } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { textTable } from "../textTable.ts";
import { usageError } from "../usageError.ts";

function noteText(c: Change, lang: Lang): string {
  if (c.periodAction === "close")
    return lang === "vi"
      ? "khóa sổ kỳ (undo bỏ qua; mở lại bằng period reopen)"
      : "period closed (undo passes over it; period reopen opens it)";
  if (c.periodAction === "reopen") return lang === "vi" ? "mở lại kỳ đã khóa" : "closed period reopened";
  if (c.undoes !== null) return lang === "vi" ? `hoàn tác số ${c.undoes}` : `undoes ${c.undoes}`;
  if (c.undoneBy !== null)
    return lang === "vi" ? `đã hoàn tác (số ${c.undoneBy})` : `undone (by ${c.undoneBy})`;
  if (!c.undoable)
    return lang === "vi" ? "không hoàn tác được (trước khi có vết)" : "cannot be undone (before the trail)";
  return "";
}

/** The history as an aligned table in one language. */
export function historyText(changes: Change[], lang: Lang): string {
  if (changes.length === 0) {
    return lang === "vi" ? "Chưa có thay đổi nào.\n" : "No change yet.\n";
  }
  const head =
    lang === "vi"
      ? ["Số", "Thời điểm", "Lệnh", "Tệp", "Số dòng theo bảng", "Ghi chú"]
      : ["No.", "When", "Command", "Files", "Rows by table", "Note"];
  const rows = changes.map((c) => [
    String(c.id),
    whenText(c.at),
    c.command,
    sourcesText(c, lang),
    countsText(c.counts, lang),
    noteText(c, lang),
  ]);
  return textTable([head, ...rows]) + "\n";
}

export const historyCommand: Command = {
  name: "history",
  summary: {
    vi: "Lịch sử mọi thay đổi dữ liệu: nhập, dữ liệu mẫu, xóa, hoàn tác, khóa sổ và mở lại kỳ",
    en: "Every change to the data: imports, sample loads, deletes, undos, periods closed and reopened",
  },
  usage: "doingoai history [--format table|json] [--db PATH]",
  help: {
    vi: `Liệt kê mọi thay đổi dữ liệu của cơ sở dữ liệu, cũ nhất trước: số thứ tự, thời điểm (giờ máy), lệnh, các tệp đã đọc, số dòng mới / cập nhật / xóa theo từng bảng, và thay đổi nào đã được hoàn tác. doingoai undo hoàn tác thay đổi mới nhất chưa hoàn tác.

Tùy chọn:
  --format F   table (mặc định) hoặc json (mảng: id, at (ISO, UTC), command, sources, counts {bảng: {inserted, updated, deleted}}, undoable, undoes, undoneBy, periodAction)`,
    en: `Lists every change to the database's data, oldest first: number, when (local time), command, files read, rows new / updated / deleted by table, and which changes were undone. doingoai undo reverts the latest change not yet undone.

Options:
  --format F   table (default) or json (an array: id, at (ISO, UTC), command, sources, counts {table: {inserted, updated, deleted}}, undoable, undoes, undoneBy, periodAction)`,
  },
  options: { format: { type: "string" } },
  async run(ctx) {
    const format = ctx.values["format"] ?? "table";
    if ((format !== "table" && format !== "json") || ctx.positionals.length > 0) {
      throw usageError(
        `--format: table | json (nhận được ${String(format)}); lệnh không nhận tham số khác.`,
        `--format: table | json (got ${String(format)}); the command takes no other argument.`,
      );
    }
    const store = await openExistingStore(ctx.db);
    try {
      const changes = await listChanges(store);
      ctx.stdout.write(
        format === "json" ? JSON.stringify(changes, null, 2) + "\n" : historyText(changes, ctx.lang),
      );
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
