import { entityByName } from "../../data/entities.ts";
import { formatInteger } from "../../data/format.ts";
import { deleteRecords, type RecordKey } from "../../lib/changes/deleteRecords.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { Command, CommandContext } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { usageError } from "../usageError.ts";

function strings(value: CommandContext["values"][string]): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
}

/** `col=value` pairs in order, one record per run of distinct columns (a repeated column starts the next). */
function keysFromPairs(pairs: string[]): RecordKey[] {
  const keys: RecordKey[] = [];
  let current: RecordKey | null = null;
  for (const pair of pairs) {
    const i = pair.indexOf("=");
    if (i <= 0) {
      throw usageError(
        `--key cần dạng cột=giá trị (nhận được «${pair}»).`,
        `--key takes column=value (got «${pair}»).`,
      );
    }
    const column = pair.slice(0, i).trim();
    if (current === null || column in current) {
      current = {};
      keys.push(current);
    }
    current[column] = pair.slice(i + 1);
  }
  return keys;
}

export const deleteCommand: Command = {
  name: "delete",
  summary: {
    vi: "Xóa bản ghi sai theo mã (hoàn tác được bằng doingoai undo)",
    en: "Delete wrong records by key (doingoai undo reverts it)",
  },
  usage: "doingoai delete --entity TABLE (--id ID... | --key COLUMN=VALUE...) [--cascade] [--db PATH]",
  help: {
    vi: `Xóa các bản ghi của bảng TABLE theo mã, trong một giao dịch: xóa hết hoặc không xóa gì. Mỗi lần xóa được ghi vào lịch sử (doingoai history) cùng bản sao các dòng bị xóa, nên doingoai undo đặt lại đúng như cũ.
Bản ghi mà bản ghi khác còn tham chiếu tới (ví dụ đối tác có thỏa thuận, đoàn) thì không xóa: lệnh liệt kê từng bản ghi tham chiếu. --cascade xóa cả chúng, và các bản ghi tham chiếu tới chúng.

Tùy chọn:
  --entity TABLE      bảng, ví dụ partners, delegations
  --id ID...          mã bản ghi, với bảng có khóa một cột (lặp lại --id hoặc liệt kê sau --id)
  --key COT=GIATRI    với bảng có khóa nhiều cột: aid_disbursements (project_id, disbursed_on, currency), budgets (year, line), exchange_rates (on, currency), published_figures (indicator, period, as_of, source). Lặp lại --key cho từng cột; một cột lặp lại bắt đầu bản ghi tiếp theo. Ngày dạng yyyy-mm-dd hoặc dd/mm/yyyy; cột khóa không bắt buộc bỏ trống thì khớp ô trống.
  --cascade           xóa cả các bản ghi tham chiếu tới bản ghi cần xóa

Mã thoát của lệnh này: 0 đã xóa; 3 không tìm thấy bản ghi hoặc còn bản ghi tham chiếu (không xóa gì); 2 sai bảng hoặc sai cột khóa.
Ví dụ:
  doingoai delete --entity partners --id KR-GG
  doingoai delete --entity budgets --key year=2019 --key line=reception
  doingoai delete --entity aid_disbursements --key project_id=P1 --key disbursed_on=01/07/2019 --key currency=USD`,
    en: `Deletes records of TABLE by key, in one transaction: all of them or none. Each delete is recorded in the history (doingoai history) with a copy of the rows deleted, so doingoai undo puts them back exactly.
A record that other records still refer to (e.g. a partner with agreements or delegations) is not deleted: the command lists each referring record. --cascade deletes them too, and the records referring to those.

Options:
  --entity TABLE      the table, e.g. partners, delegations
  --id ID...          record ids, for tables keyed by one column (repeat --id or list them after it)
  --key COL=VALUE     for tables keyed by several columns: aid_disbursements (project_id, disbursed_on, currency), budgets (year, line), exchange_rates (on, currency), published_figures (indicator, period, as_of, source). Repeat --key for each column; a repeated column starts the next record. Dates as yyyy-mm-dd or dd/mm/yyyy; an optional key column left out matches an empty cell.
  --cascade           delete the records referring to them too

Exit codes of this command: 0 deleted; 3 a record not found or still referred to (nothing deleted); 2 unknown table or key column.
Examples:
  doingoai delete --entity partners --id KR-GG
  doingoai delete --entity budgets --key year=2019 --key line=reception
  doingoai delete --entity aid_disbursements --key project_id=P1 --key disbursed_on=01/07/2019 --key currency=USD`,
  },
  options: {
    entity: { type: "string" },
    id: { type: "string", multiple: true },
    key: { type: "string", multiple: true },
    cascade: { type: "boolean" },
  },
  async run(ctx) {
    const name = ctx.values["entity"];
    const ids = strings(ctx.values["id"]);
    const pairs = strings(ctx.values["key"]);
    if (typeof name !== "string" || (ids.length === 0) === (pairs.length === 0)) {
      throw usageError(
        "Cần --entity và một trong --id hoặc --key. Xem doingoai delete --help.",
        "Give --entity and one of --id or --key. See doingoai delete --help.",
      );
    }
    const entity = entityByName(name);
    let keys: RecordKey[];
    if (ids.length > 0) {
      if (entity && entity.key.length > 1) {
        throw usageError(
          `Bảng ${name} có khóa nhiều cột (${entity.key.join(", ")}): dùng --key cột=giá trị cho từng cột.`,
          `Table ${name} is keyed by several columns (${entity.key.join(", ")}): use --key column=value for each.`,
        );
      }
      keys = [...ids, ...ctx.positionals].map((id) => ({ [entity?.key[0] ?? "id"]: id }));
    } else {
      // `--key a=1 b=2` for one record: the pairs after the first arrive as positionals
      if (ctx.positionals.length > 0 && pairs.length > 1) {
        throw usageError(
          `Với nhiều --key, đặt --key trước mỗi cột=giá trị (thừa: ${ctx.positionals.join(" ")}).`,
          `With several --key, put --key before each column=value (extra: ${ctx.positionals.join(" ")}).`,
        );
      }
      keys = keysFromPairs([...pairs, ...ctx.positionals]);
    }
    const command = [
      "delete",
      "--entity",
      name,
      ...(ids.length > 0
        ? ["--id", ...ids, ...ctx.positionals]
        : keys.flatMap((k) => Object.entries(k).flatMap(([c, v]) => ["--key", `${c}=${String(v)}`]))),
      ...(ctx.values["cascade"] === true ? ["--cascade"] : []),
    ].join(" ");
    const store = await openExistingStore(ctx.db, { write: true });
    try {
      const summary = await deleteRecords(store, {
        entity: name,
        keys,
        cascade: ctx.values["cascade"] === true,
        command,
      });
      const lang = ctx.lang;
      const lines = Object.entries(summary.deleted).map(
        ([table, n]) => `  ${table}: ${formatInteger(n, { lang })}${lang === "vi" ? " dòng" : " rows"}`,
      );
      ctx.stdout.write(
        lang === "vi"
          ? `Đã xóa (thay đổi số ${summary.id}):\n${lines.join("\n")}\nHoàn tác: doingoai undo\n`
          : `Deleted (change ${summary.id}):\n${lines.join("\n")}\nTo revert: doingoai undo\n`,
      );
      return exitCodes.ok;
    } finally {
      store.close();
    }
  },
};
