import { formatDate } from "../../data/format.ts";
import { closureDay, parseClosablePeriod, type PeriodClosure } from "../../data/periodClosure.ts";
import { closePeriod } from "../../lib/closures/closePeriod.ts";
import { listClosures } from "../../lib/closures/listClosures.ts";
import { reopenPeriod } from "../../lib/closures/reopenPeriod.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { getOfficeProfile } from "../../lib/office/officeProfileStore.ts";
import type { Store } from "../../lib/store/openStore.ts";
import { dateArg } from "../argCheck.ts";
import type { Command, CommandContext } from "../Command.ts";
import { openExistingStore } from "../openExistingStore.ts";
import { textTable } from "../textTable.ts";
import { usageError } from "../usageError.ts";

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;

/** A closable period from the command line (2024, 2024H1, 2024H2), else a usage error. */
function periodOf(value: string | undefined): string {
  try {
    return parseClosablePeriod(value ?? "").id;
  } catch {
    throw usageError(
      `Kỳ không hợp lệ «${value ?? ""}»: cần một năm (2024) hoặc nửa năm (2024H1, 2024H2).`,
      `Invalid period «${value ?? ""}»: expected a year (2024) or a half-year (2024H1, 2024H2).`,
    );
  }
}

/** A date given as dd/mm/yyyy (the office's way) or yyyy-mm-dd, as ISO. */
function dateOf(option: string, value: string): string {
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return dateArg(option, dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}` : value);
}

/** Who acts: --by, else the office profile's signer; else a usage error. */
async function byOf(ctx: CommandContext, store: Store): Promise<string> {
  const by = text(ctx.values["by"]) ?? (await getOfficeProfile(store))?.signer_name;
  if (by === undefined) {
    throw usageError(
      'Cần người thực hiện: --by "Nguyễn Văn A" (hoặc tên người ký trong hồ sơ cơ quan: doingoai office set --signer-name …).',
      'Name who does it: --by "Nguyễn Văn A" (or the signer\'s name in the office profile: doingoai office set --signer-name …).',
    );
  }
  return by;
}

/** The report number: as given; digits only take the profile's number symbol ("12" → "12/BC-SNgV"). */
async function reportNumberOf(ctx: CommandContext, store: Store): Promise<string> {
  const given = text(ctx.values["report-number"]);
  if (given === undefined) {
    throw usageError(
      "Cần số của báo cáo đã ký: --report-number 12/BC-SNgV (hoặc chỉ số thứ tự, ghép với ký hiệu trong hồ sơ cơ quan).",
      "Give the signed report's number: --report-number 12/BC-SNgV (or its number alone, joined to the office profile's number symbol).",
    );
  }
  if (!/^\d+$/.test(given)) return given;
  const profile = await getOfficeProfile(store);
  const symbol = profile?.number_symbol ?? (profile ? `BC-${profile.agency_code}` : undefined);
  return symbol === undefined ? given : `${given}/${symbol}`;
}

const when = (iso: string | null) => (iso === null ? "" : closureDay(iso));

/** The closures as an aligned table in one language. */
export function closuresText(closures: readonly PeriodClosure[], lang: "vi" | "en"): string {
  if (closures.length === 0) return lang === "vi" ? "Chưa khóa sổ kỳ nào.\n" : "No period closed yet.\n";
  const head =
    lang === "vi"
      ? [
          "Kỳ",
          "Trạng thái",
          "Khóa ngày",
          "Người khóa",
          "Báo cáo số",
          "Ngày báo cáo",
          "Mở lại ngày",
          "Người mở",
          "Lý do",
        ]
      : [
          "Period",
          "State",
          "Closed on",
          "Closed by",
          "Report no.",
          "Report date",
          "Reopened on",
          "Reopened by",
          "Reason",
        ];
  const rows = closures.map((c) => [
    c.period,
    c.reopenedChange === null
      ? lang === "vi"
        ? "đã khóa"
        : "closed"
      : lang === "vi"
        ? "đã mở lại"
        : "reopened",
    when(c.closedAt),
    c.closedBy,
    c.reportNumber,
    formatDate(c.reportDate),
    when(c.reopenedAt),
    c.reopenedBy ?? "",
    c.reopenReason ?? "",
  ]);
  return textTable([head, ...rows]) + "\n";
}

async function run(ctx: CommandContext): Promise<number> {
  const [action, periodText, ...extra] = ctx.positionals;
  if (
    extra.length > 0 ||
    !["close", "reopen", "list"].includes(action ?? "") ||
    (action === "list") !== (periodText === undefined)
  ) {
    throw usageError(
      `cần «period close 2024 …», «period reopen 2024 --reason "…"» hoặc «period list», nhận được «${ctx.positionals.join(" ")}»`,
      `expected «period close 2024 …», «period reopen 2024 --reason "…"» or «period list», got «${ctx.positionals.join(" ")}»`,
    );
  }
  if (action === "list") {
    const format = ctx.values["format"] ?? "table";
    if (format !== "table" && format !== "json") {
      throw usageError(
        `--format: table | json (nhận được ${String(format)})`,
        `--format: table | json (got ${String(format)})`,
      );
    }
    const store = await openExistingStore(ctx.db);
    try {
      const closures = await listClosures(store);
      ctx.stdout.write(
        format === "json" ? JSON.stringify(closures, null, 2) + "\n" : closuresText(closures, ctx.lang),
      );
      return exitCodes.ok;
    } finally {
      store.close();
    }
  }
  const period = periodOf(periodText);
  const store = await openExistingStore(ctx.db, { write: true });
  try {
    const by = await byOf(ctx, store);
    if (action === "reopen") {
      const reason = text(ctx.values["reason"]);
      if (reason === undefined) {
        throw usageError(
          'Mở lại kỳ đã khóa cần lý do: --reason "…" (lịch sử ghi lại lý do).',
          'Reopening a closed period needs a reason: --reason "…" (the history keeps it).',
        );
      }
      const c = await reopenPeriod(store, { period, by, reason });
      ctx.stdout.write(
        ctx.lang === "vi"
          ? `Đã mở lại kỳ ${c.period} (ghi là thay đổi số ${c.reopenedChange}; người mở: ${by}; lý do: ${reason}). Số liệu đã ký vẫn được giữ: doingoai report --year ${c.period.slice(0, 4)} --compare-signed liệt kê số liệu đã đổi.\n`
          : `Reopened period ${c.period} (recorded as change ${c.reopenedChange}; by ${by}; reason: ${reason}). The signed figures are kept: doingoai report --year ${c.period.slice(0, 4)} --compare-signed lists the figures that changed.\n`,
      );
      return exitCodes.ok;
    }
    const dateText = text(ctx.values["report-date"]);
    if (dateText === undefined) {
      throw usageError(
        "Cần ngày của báo cáo đã ký: --report-date dd/mm/yyyy.",
        "Give the signed report's date: --report-date dd/mm/yyyy.",
      );
    }
    const reportDate = dateOf("--report-date", dateText);
    const asOfText = text(ctx.values["as-of"]);
    const c = await closePeriod(store, {
      period,
      by,
      reportNumber: await reportNumberOf(ctx, store),
      reportDate,
      ...(asOfText ? { asOf: dateOf("--as-of", asOfText) } : {}),
    });
    const halves = /^\d{4}$/.test(c.period)
      ? ctx.lang === "vi"
        ? ` (cả ${c.period}H1 và ${c.period}H2)`
        : ` (both ${c.period}H1 and ${c.period}H2)`
      : "";
    ctx.stdout.write(
      ctx.lang === "vi"
        ? `Đã khóa sổ kỳ ${c.period}${halves} ngày ${when(c.closedAt)}: Báo cáo số ${c.reportNumber} ngày ${formatDate(c.reportDate)}, người khóa ${c.closedBy}; lưu ${c.figures.length} số liệu đã ký (thay đổi số ${c.closedChange}). Từ nay nhập, xóa hoặc hoàn tác chạm tới bản ghi của kỳ này bị từ chối.\n`
        : `Closed period ${c.period}${halves} on ${when(c.closedAt)}: report no. ${c.reportNumber} of ${formatDate(c.reportDate)}, closed by ${c.closedBy}; ${c.figures.length} signed figures stored (change ${c.closedChange}). From now on an import, delete or undo touching a record of this period is refused.\n`,
    );
    return exitCodes.ok;
  } finally {
    store.close();
  }
}

export const periodCommand: Command = {
  name: "period",
  summary: {
    vi: "Khóa sổ một kỳ sau khi báo cáo được ký, mở lại có lý do, liệt kê các kỳ đã khóa",
    en: "Close a period once its review is signed, reopen it with a reason, list closed periods",
  },
  usage:
    'doingoai period close YYYY|YYYYH1|YYYYH2 --report-number N --report-date dd/mm/yyyy [--by NAME] [--as-of dd/mm/yyyy] | period reopen PERIOD --reason "…" [--by NAME] | period list [--format table|json] [--db PATH]',
  help: {
    vi: `Khi Giám đốc đã ký báo cáo của một kỳ, số liệu của kỳ đó là số liệu chính thức của tỉnh. period close khóa sổ kỳ: ghi người khóa, thời điểm, số và ngày của báo cáo, và lưu các số liệu chính của báo cáo đúng như khi ký (cùng cách tính với doingoai report). Sau đó mọi lần nhập, xóa hoặc hoàn tác sẽ thêm, sửa hoặc xóa một bản ghi thuộc kỳ đã khóa đều bị từ chối toàn bộ (mã thoát 3, nêu từng bản ghi và kỳ), cho tới khi kỳ được mở lại bằng period reopen với lý do. Lịch sử (doingoai history) ghi cả lần khóa và lần mở lại; doingoai undo bỏ qua chúng.

Kỳ: năm (2024) hoặc nửa năm (2024H1, 2024H2). Khóa năm 2024 là khóa cả hai nửa năm. Một bản ghi thuộc kỳ theo ngày của nó (đoàn: ngày bắt đầu; thỏa thuận: ngày ký; giải ngân: ngày giải ngân; tỷ giá: ngày áp dụng; … xem docs/closing-a-period.md); kế hoạch năm và kinh phí thuộc cả năm của chúng, nên chỉ bị khóa khi khóa cả năm.

Tùy chọn:
  --by "TÊN"              người khóa hoặc mở lại (mặc định: người ký trong hồ sơ cơ quan)
  --report-number N       số báo cáo đã ký, vd. 12/BC-SNgV; chỉ ghi số (12) thì ghép với ký hiệu trong hồ sơ cơ quan
  --report-date NGÀY      ngày báo cáo, dd/mm/yyyy (hoặc yyyy-mm-dd)
  --as-of NGÀY            ngày tính số liệu của báo cáo nếu khác ngày báo cáo (như doingoai report --as-of)
  --reason "…"            (reopen) lý do mở lại, bắt buộc
  --format F              (list) table (mặc định) hoặc json

So sánh với số liệu đã ký: doingoai report --year 2024 --compare-signed (hoặc --period 2024H1 --compare-signed).

Mã thoát của lệnh này: 0 xong; 2 sai cú pháp; 3 kỳ đã khóa / chưa khóa, không có dữ liệu của kỳ (không ghi gì).`,
    en: `Once the Director signs a period's review, its figures are the province's figures. period close closes the period: it records who closed it, when, the report's number and date, and stores the report's headline figures as signed (computed as doingoai report computes them). Afterwards any import, delete or undo that would add, change or remove a record dated in a closed period is refused whole (exit code 3, naming each record and the period) until the period is reopened with period reopen and a reason. The history (doingoai history) lists both the closing and the reopening; doingoai undo passes over them.

Period: a year (2024) or a half-year (2024H1, 2024H2). Closing 2024 closes both halves. A record falls in a period by its date (delegations: start; agreements: signature; disbursements: disbursement; exchange rates: the day of the rate; … see docs/closing-a-period.md); annual plans and budgets belong to their whole year, so only a closed year holds them.

Options:
  --by "NAME"             who closes or reopens (default: the signer named in the office profile)
  --report-number N       the signed report's number, e.g. 12/BC-SNgV; a number alone (12) is joined to the office profile's number symbol
  --report-date DATE      the report's date, dd/mm/yyyy (or yyyy-mm-dd)
  --as-of DATE            the day the report's figures were computed at, when not its date (as doingoai report --as-of)
  --reason "…"            (reopen) why, required
  --format F              (list) table (default) or json

Compare with the signed figures: doingoai report --year 2024 --compare-signed (or --period 2024H1 --compare-signed).

Exit codes of this command: 0 done; 2 wrong command line; 3 period already closed / not closed, no data for the period (nothing written).`,
  },
  options: {
    by: { type: "string" },
    "report-number": { type: "string" },
    "report-date": { type: "string" },
    "as-of": { type: "string" },
    reason: { type: "string" },
    format: { type: "string" },
  },
  run,
};
