import { isPeriodOf } from "../../data/readPeriod.ts";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import { renderReport, reportFormats, type ReportFormat } from "../../lib/report/renderReport.ts";
import { reviewStrategyDefault } from "../../lib/report/reviewStrategyDefault.ts";
import type { Command, CommandContext } from "../Command.ts";
import { usageError } from "../usageError.ts";
import { writeOutputFile } from "../writeOutputFile.ts";
import { optionalDate } from "../argCheck.ts";

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

export const reportCommand: Command = {
  name: "report",
  summary: {
    vi: "Báo cáo tổng kết công tác đối ngoại năm (Word, HTML hoặc Markdown)",
    en: "Annual external-affairs review report (Word, HTML or Markdown)",
  },
  usage:
    "doingoai report --year YYYY | --period YYYYH1 [--lang vi|en] [--format docx|md|html] [--out FILE] [--strategy FILE] [--notes FILE] [--date yyyy-mm-dd] [--as-of yyyy-mm-dd] [--province NAME] [--agency NAME] [--number TEXT] [--signer TEXT] [--compare-signed] [--db PATH]",
  help: {
    vi: `Lập báo cáo tổng kết công tác đối ngoại của một năm theo thể thức văn bản hành chính (Nghị định 30/2020/NĐ-CP): I. Kết quả theo lĩnh vực (đoàn ra, đoàn vào; xúc tiến đầu tư; viện trợ phi chính phủ nước ngoài; thỏa thuận quốc tế; lãnh sự; kế hoạch và kinh phí; chỉ tiêu chiến lược) và đánh giá chung; II. Tồn tại, hạn chế và nguyên nhân; III. Phương hướng, nhiệm vụ năm tới; IV. Kiến nghị, đề xuất — mỗi đề xuất kèm số liệu dẫn đến nó; phụ lục về chất lượng dữ liệu. Số liệu lấy từ thư viện chỉ số (giống doingoai indicators --period YYYY --as-of NGÀY).

Tùy chọn:
  --year YYYY            năm báo cáo (báo cáo tổng kết)
  --period YYYYH1        6 tháng đầu năm (báo cáo sơ kết; YYYYH2: 6 tháng cuối năm); số đoàn kế hoạch năm tính 50%, phê duyệt kế hoạch và kinh phí đón tiếp là số liệu cả năm
  --lang vi|en           ngôn ngữ của báo cáo (mặc định vi)
  --format docx|md|html  mặc định docx
  --out FILE             tệp ghi ra (mặc định bao-cao-doi-ngoai-YYYY.<định dạng>; "-" ghi ra màn hình với md và html)
  --strategy FILE        tệp chiến lược (YAML/JSON) để đánh giá chỉ tiêu thay cho chiến lược đã thông qua; ${reviewStrategyDefault.vi}
  --notes FILE           tệp ghi chú của cơ quan (YAML: narrative, causes, events, requests theo phần), ghép vào đúng phần và đánh dấu là ý kiến của cơ quan
  --date yyyy-mm-dd      ngày ghi trên báo cáo (mặc định 25/02 năm sau)
  --as-of yyyy-mm-dd     ngày tính số liệu (mặc định bằng --date)
  --province NAME        tên tỉnh ở đầu văn bản (mặc định theo hồ sơ cơ quan, xem doingoai office)
  --agency NAME          cơ quan chủ trì ban hành báo cáo (mặc định theo hồ sơ cơ quan)
  --number TEXT          số văn bản sau "Số:" (mặc định …/BC)
  --signer TEXT          chức danh người ký (mặc định THỦ TRƯỞNG CƠ QUAN)
  --compare-signed       không lập báo cáo: so số liệu chính của kỳ đã khóa sổ (doingoai period close) với số liệu hiện nay, liệt kê từng số liệu đã đổi (giá trị đã ký, hiện nay) và các bản ghi đã đổi sau khi khóa; hoặc báo không có gì thay đổi

Năm không có dữ liệu nào: mã thoát 3.

Ví dụ: doingoai report --year 2019 --format docx --out bao-cao-2019.docx`,
    en: `Writes the annual review of external affairs in the layout of Vietnamese administrative documents (Decree 30/2020): I. Results by area (delegations; investment promotion; foreign NGO aid; international agreements; consular work; plan and budget; strategy targets) and an overall assessment; II. Shortcomings and their causes; III. Directions and tasks for next year; IV. Requests and proposals — each with the figure behind it; an appendix on data quality. Figures come from the indicator library (as doingoai indicators --period YYYY --as-of DATE).

Options:
  --year YYYY            year reviewed (the annual review)
  --period YYYYH1        first half of the year (the six-month review; YYYYH2 the second half); the year's planned delegations count at 50%, the plan's approval and the reception budget are the year's figures
  --lang vi|en           language of the report (default vi)
  --format docx|md|html  default docx
  --out FILE             output file (default bao-cao-doi-ngoai-YYYY.<format>; "-" writes md or html to stdout)
  --strategy FILE        strategy file (YAML/JSON) whose targets are assessed instead of the adopted one; ${reviewStrategyDefault.en}
  --notes FILE           the office's notes (YAML: narrative, causes, events, requests by section), merged into their sections and marked as the office's own words
  --date yyyy-mm-dd      date the report bears (default 25/02 of the following year)
  --as-of yyyy-mm-dd     date the figures are computed at (default --date)
  --province NAME        province heading the document (default the office profile's, see doingoai office)
  --agency NAME          lead agency issuing the report (default the office profile's)
  --number TEXT          document number after "No.:" (default …/BC)
  --signer TEXT          title of the signer (default HEAD OF AGENCY)
  --compare-signed       write no report: compare the headline figures of a closed period (doingoai period close) with today's, listing each figure that changed (signed and current value) and the records changed since the closing; or say nothing changed

A year with no data at all: exit code 3.

Example: doingoai report --year 2019 --lang en --format md --out review-2019.md`,
  },
  options: {
    year: { type: "string" },
    period: { type: "string" },
    format: { type: "string" },
    out: { type: "string" },
    strategy: { type: "string" },
    notes: { type: "string" },
    date: { type: "string" },
    "as-of": { type: "string" },
    province: { type: "string" },
    agency: { type: "string" },
    number: { type: "string" },
    signer: { type: "string" },
    "compare-signed": { type: "boolean" },
  },
  async run(ctx) {
    if (ctx.positionals.length > 0) throw usageError(`Cách dùng: ${this.usage}`, `Usage: ${this.usage}`);
    const periodText = text(ctx.values["period"]);
    if (periodText !== undefined && !isPeriodOf(periodText, ["year", "half"])) {
      throw usageError(
        `--period cần năm (2024) hoặc nửa năm (2024H1, 2024H2), nhận được ${periodText}.`,
        `--period needs a year (2024) or a half-year (2024H1, 2024H2), got ${periodText}.`,
      );
    }
    const yearText = text(ctx.values["year"]) ?? periodText?.slice(0, 4);
    if (periodText !== undefined && yearText !== periodText.slice(0, 4)) {
      throw usageError(
        `--year ${yearText} và --period ${periodText} không khớp.`,
        `--year ${yearText} and --period ${periodText} disagree.`,
      );
    }
    if (yearText === undefined || !isPeriodOf(yearText, ["year"])) {
      throw usageError(
        `Cần --year với năm 4 chữ số, ví dụ --year 2019${yearText === undefined ? "" : ` (nhận được ${yearText})`}.`,
        `--year needs a 4-digit year, e.g. --year 2019${yearText === undefined ? "" : ` (got ${yearText})`}.`,
      );
    }
    const year = Number(yearText);
    const format = text(ctx.values["format"]) ?? "docx";
    if (!(reportFormats as readonly string[]).includes(format)) {
      throw usageError(
        `--format: docx | md | html (nhận được ${format})`,
        `--format: docx | md | html (got ${format})`,
      );
    }
    const period = periodText ?? String(year);
    if (ctx.values["compare-signed"] === true) return compareWithSigned(ctx, period);
    const out = text(ctx.values["out"]) ?? `bao-cao-doi-ngoai-${period}.${format}`;
    if (out === "-" && format === "docx") {
      throw usageError(
        "Không ghi tệp Word ra màn hình: hãy cho --out FILE.docx.",
        "A Word file is not written to stdout: give --out FILE.docx.",
      );
    }
    optionalDate("--date", ctx.values["date"]);
    optionalDate("--as-of", ctx.values["as-of"]);
    const notesFile = text(ctx.values["notes"]);
    const notes =
      notesFile === undefined
        ? undefined
        : (await import("../../lib/report/officeNotes.ts")).readOfficeNotes(notesFile);
    const { openExistingStore } = await import("../openExistingStore.ts");
    const { buildReviewData } = await import("../../lib/report/buildReviewData.ts");
    const store = await openExistingStore(ctx.db, {
      advice: {
        vi: "Hãy nhập dữ liệu trước (doingoai import) hoặc nạp dữ liệu mẫu (doingoai sample).",
        en: "Import data first (doingoai import) or load the sample (doingoai sample).",
      },
    });
    let content: string | Buffer;
    try {
      const optional = (key: string) => text(ctx.values[key]);
      const data = await buildReviewData(store, {
        year,
        period,
        ...(optional("date") ? { reportDate: optional("date")! } : {}),
        ...(optional("as-of") ? { asOf: optional("as-of")! } : {}),
        ...(optional("strategy") ? { strategyFile: optional("strategy")! } : {}),
        ...(optional("province") ? { province: optional("province")! } : {}),
        ...(optional("agency") ? { agency: optional("agency")! } : {}),
        ...(notes !== undefined ? { notes } : {}),
      });
      content = await renderReport(data, {
        lang: ctx.lang,
        format: format as ReportFormat,
        ...(optional("number") ? { number: optional("number")! } : {}),
        ...(optional("signer") ? { signer: optional("signer")! } : {}),
      });
    } finally {
      store.close();
    }
    if (out === "-") {
      ctx.stdout.write(content);
      return exitCodes.ok;
    }
    writeOutputFile(out, content);
    ctx.stderr.write(
      ctx.lang === "vi" ? `Đã ghi báo cáo ${period}: ${out}\n` : `Wrote the ${period} review: ${out}\n`,
    );
    return exitCodes.ok;
  },
};

/** `report --compare-signed`: the period's signed figures against today's, on stdout. */
async function compareWithSigned(ctx: CommandContext, period: string): Promise<number> {
  const { openExistingStore } = await import("../openExistingStore.ts");
  const { compareSigned } = await import("../../lib/closures/compareSigned.ts");
  const { signedComparisonText } = await import("../signedComparisonText.ts");
  const store = await openExistingStore(ctx.db);
  try {
    ctx.stdout.write(signedComparisonText(await compareSigned(store, period), ctx.lang));
    return exitCodes.ok;
  } finally {
    store.close();
  }
}
