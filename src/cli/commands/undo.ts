import { undoLastChange } from "../../lib/changes/undoLastChange.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { countsText, whenText } from "../changeText.ts";
import type { Command } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { usageError } from "../usageError.ts";

export const undoCommand: Command = {
  name: "undo",
  summary: {
    vi: "Hoàn tác thay đổi dữ liệu mới nhất (nhập, dữ liệu mẫu, xóa)",
    en: "Revert the latest change to the data (import, sample load, delete)",
  },
  usage: "doingoai undo [--db PATH]",
  help: {
    vi: `Hoàn tác đúng thay đổi mới nhất chưa hoàn tác (xem doingoai history): dòng nó thêm bị bỏ, dòng nó thay hoặc xóa được đặt lại như cũ, trong một giao dịch. Chạy lại để hoàn tác thay đổi trước đó, và cứ thế cho tới lúc cơ sở dữ liệu mới tạo. Lần hoàn tác cũng được ghi vào lịch sử.
Thay đổi ghi trước khi doingoai lưu vết thay đổi (cơ sở dữ liệu lược đồ phiên bản 1) không hoàn tác được.

Mã thoát của lệnh này: 0 đã hoàn tác; 3 không còn gì để hoàn tác, hoặc thay đổi không hoàn tác được (không ghi gì).`,
    en: `Reverts exactly the latest change not yet undone (see doingoai history): rows it added are removed, rows it replaced or deleted are put back as they were, in one transaction. Run it again to revert the change before, and so on back to the database's creation. The undo is recorded in the history too.
Changes made before doingoai kept a change trail (a schema version 1 database) cannot be undone.

Exit codes of this command: 0 undone; 3 nothing left to undo, or the change cannot be undone (nothing written).`,
  },
  options: {},
  async run(ctx) {
    if (ctx.positionals.length > 0) {
      throw usageError(
        `Lệnh undo không nhận tham số (nhận được ${ctx.positionals.join(" ")}).`,
        `undo takes no argument (got ${ctx.positionals.join(" ")}).`,
      );
    }
    const store = await openExistingStore(ctx.db, { write: true });
    try {
      const u = await undoLastChange(store);
      const what = `${u.undone.id} (${u.undone.command}, ${whenText(u.undone.at)})`;
      const rows = countsText(u.counts, ctx.lang);
      ctx.stdout.write(
        ctx.lang === "vi"
          ? `Đã hoàn tác thay đổi số ${what}, ghi là thay đổi số ${u.id}.\n${rows}\n`
          : `Undid change ${what}, recorded as change ${u.id}.\n${rows}\n`,
      );
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
