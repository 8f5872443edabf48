import type { Lang } from "../../data/Bilingual.ts";
import { countryName } from "../../data/countries.ts";
import { formatDate, formatDateLong, formatInteger, formatNumber } from "../../data/format.ts";
import { progressStatusLabels } from "../planning/progress.ts";
import { agreementReviewSection } from "./agreementReviewSection.ts";
import { formatChange, formatFigure } from "../../data/format.ts";
import type { HeadlineGroup, ReviewData } from "./ReviewData.ts";

/**
 * The report as a language-specific document: the Decree 30/2020 heading
 * block, the title and numbered sections of paragraphs, lists and tables.
 * One layout for the three renderers (Markdown, HTML, Word), so they never
 * disagree on a figure or a sentence.
 */
export type ReportBlock =
  | { kind: "heading"; level: 1 | 2; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | {
      kind: "table";
      head: string[];
      rows: string[][];
      align: ("left" | "right")[];
      /** Relative column widths (percent of the text width, summing to 100). */
      widths: number[];
    };

/** The review laid out as a document in one language: heading block, sections and tables, before rendering. */
export interface ReportDocument {
  lang: Lang;
  /** Left of the heading block: the authority over the issuer, and the issuer (upper case). */
  authority: string;
  issuer: string;
  /** Right of the heading block: the national motto. */
  nation: string;
  motto: string;
  /** "Số: …/BC" / "No.: …/BC" (numbered when issued). */
  number: string;
  /** "Thái Nguyên, ngày 25 tháng 02 năm 2020". */
  placeDate: string;
  /** "BÁO CÁO" / "REPORT". */
  title: string;
  /** "Tổng kết công tác đối ngoại năm 2019". */
  subtitle: string;
  blocks: ReportBlock[];
  /** "Nơi nhận:" and its list (bottom left). */
  recipientsLabel: string;
  recipients: string[];
  /** Bottom right: the signer's authority line and title (e.g. "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"), upper case. */
  signer: string[];
  /** Under the space for the signature: the signer's name, if the office profile gives it. */
  signerName: string | null;
  /** "DỮ LIỆU MẪU / SAMPLE DATA" above the heading when the report is made from the sample; null otherwise. */
  sampleBanner: string | null;
}

/** The banner of every page and report made from the sample database. */
export const sampleBannerText = "DỮ LIỆU MẪU / SAMPLE DATA";

const groupTitles: Record<HeadlineGroup, { vi: string; en: string }> = {
  delegations: { vi: "Đoàn ra, đoàn vào", en: "Delegations" },
  investment: { vi: "Xúc tiến đầu tư", en: "Investment promotion" },
  aid: { vi: "Viện trợ phi chính phủ nước ngoài", en: "Foreign NGO aid" },
  agreements: { vi: "Thỏa thuận quốc tế", en: "International agreements" },
  plan_budget: { vi: "Kế hoạch và kinh phí", en: "Plan and budget" },
  consular: { vi: "Công tác lãnh sự", en: "Consular work" },
};

const upper = (s: string, lang: Lang) => s.toLocaleUpperCase(lang === "vi" ? "vi-VN" : "en-US");

/** "Tỉnh Thái Nguyên" → "Thái Nguyên"; "Thái Nguyên Province" → "Thái Nguyên". */
export function placeName(province: string): string {
  return province
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, "")
    .replace(/\s+(province|city)$/iu, "")
    .trim();
}

/** Options of {@link reportDocument}. */
export interface ReportDocumentOptions {
  /** The document number after "Số:"; default "…/" + the office profile's number symbol (else "…/BC"), filled in when the report is issued. */
  number?: string;
  /** The signer's title at the foot (e.g. "GIÁM ĐỐC"); default the office profile's authority line and title, else "THỦ TRƯỞNG CƠ QUAN" / "HEAD OF AGENCY". */
  signer?: string;
}

/** Lays out the review of {@link ReviewData} in one language. */
export function reportDocument(
  data: ReviewData,
  lang: Lang,
  options: ReportDocumentOptions = {},
): ReportDocument {
  const vi = lang === "vi";
  const t = <T>(v: T, e: T): T => (vi ? v : e);
  const y = data.year;
  const fig = (value: number | null, unit: string) => formatFigure(value, unit, lang);
  const blocks: ReportBlock[] = [];
  const h1 = (text: string) => blocks.push({ kind: "heading", level: 1, text });
  const h2 = (text: string) => blocks.push({ kind: "heading", level: 2, text });
  const para = (text: string) => blocks.push({ kind: "paragraph", text });
  // "Tỉnh Thái Nguyên" heads the document; in a sentence it reads "tỉnh Thái Nguyên"
  const provinceInText = data.province.vi.replace(/^(Tỉnh|Thành phố) /u, (m) => m.toLowerCase());
  const get = (id: string) => data.headline.find((h) => h.indicator === id);
  const val = (id: string) => {
    const h = get(id);
    return h ? fig(h.value, h.unit) : fig(null, "count");
  };

  // Opening paragraph: what the report is and which figures it rests on.
  para(
    t(
      `Thực hiện chế độ báo cáo công tác đối ngoại, ${data.agency.vi} báo cáo kết quả công tác đối ngoại năm ${y} của ${provinceInText} như sau. Số liệu được tính từ cơ sở dữ liệu đối ngoại của tỉnh đến ngày ${formatDate(data.asOf)}; số liệu tồn (thỏa thuận còn hiệu lực) tính tại ngày 31/12/${y}.`,
      `The ${data.agency.en} reports on the external affairs of ${data.province.en} in ${y} as follows. Figures are computed from the province's external-affairs database as of ${formatDate(data.asOf)}; stocks (agreements in force) are taken at 31/12/${y}.`,
    ),
  );

  h1(t(`I. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI NĂM ${y}`, `I. RESULTS OF EXTERNAL AFFAIRS IN ${y}`));
  h2(t("1. Các số liệu chính", "1. Key figures"));
  const inbound = get("delegations.inbound");
  const outbound = get("delegations.outbound");
  para(
    t(
      `Năm ${y}, tỉnh đón ${val("delegations.inbound")} đoàn vào và cử ${val("delegations.outbound")} đoàn ra (${val("delegations.person_trips")} lượt người); tổ chức ${val("investment.promotion_trips")} đoàn xúc tiến đầu tư ra nước ngoài, tiếp xúc ${val("investment.contacts")} nhà đầu tư, trong đó ${val("investment.registered")} nhà đầu tư được cấp chứng nhận đăng ký đầu tư với tổng vốn ${val("investment.registered_capital_usd")}; cấp phép cho ${val("aid.ngos_licensed")} tổ chức phi chính phủ nước ngoài với ${val("aid.projects_approved")} dự án, tổng giá trị cam kết ${val("aid.committed_usd")}; giải ngân ${val("aid.disbursed_usd")}. Ký ${val("agreements.signed")} thỏa thuận quốc tế; ${val("agreements.active")} thỏa thuận còn hiệu lực tại 31/12/${y}. Tiếp nhận ${val("consular.cases")} vụ việc lãnh sự.`,
      `In ${y} the province received ${val("delegations.inbound")} inbound delegations and sent ${val("delegations.outbound")} outbound (${val("delegations.person_trips")} person-trips); it organised ${val("investment.promotion_trips")} investment-promotion trips abroad and met ${val("investment.contacts")} investors, of whom ${val("investment.registered")} registered projects with ${val("investment.registered_capital_usd")} of capital; it licensed ${val("aid.ngos_licensed")} foreign NGOs for ${val("aid.projects_approved")} aid projects committing ${val("aid.committed_usd")}, and ${val("aid.disbursed_usd")} was disbursed. ${val("agreements.signed")} international agreement(s) were signed; ${val("agreements.active")} were in force at 31/12/${y}. ${val("consular.cases")} consular cases were opened.`,
    ),
  );
  if (inbound?.plan != null || outbound?.plan != null) {
    para(
      t(
        `So với kế hoạch năm: đoàn vào đạt ${fig(inbound?.planRatio ?? null, "percent")} (${val("delegations.inbound")}/${fig(inbound?.plan ?? null, "count")}), đoàn ra đạt ${fig(outbound?.planRatio ?? null, "percent")} (${val("delegations.outbound")}/${fig(outbound?.plan ?? null, "count")}); ${val("delegations.in_plan_rate")} số đoàn nằm trong kế hoạch được phê duyệt.`,
        `Against the annual plan: inbound delegations reached ${fig(inbound?.planRatio ?? null, "percent")} (${val("delegations.inbound")} of ${fig(inbound?.plan ?? null, "count")}), outbound ${fig(outbound?.planRatio ?? null, "percent")} (${val("delegations.outbound")} of ${fig(outbound?.plan ?? null, "count")}); ${val("delegations.in_plan_rate")} of the delegations were in the approved plan.`,
      ),
    );
  }
  const head = t(
    ["Chỉ số", `Năm ${y}`, `Năm ${y - 1}`, "Tăng/giảm", "Kế hoạch", "So với kế hoạch"],
    ["Indicator", String(y), String(y - 1), "Change", "Plan", "Against plan"],
  );
  const cellFig = (value: number | null, unit: string) => fig(value, unit === "USD" ? "count" : unit);
  for (const group of Object.keys(groupTitles) as HeadlineGroup[]) {
    const rows = data.headline
      .filter((h) => h.group === group)
      .map((h) => [
        h.label[lang],
        cellFig(h.value, h.unit),
        cellFig(h.previous, h.unit),
        // the label says "(USD)": the cells carry the number only
        formatChange(h.change, h.unit === "USD" ? "count" : h.unit, lang),
        h.plan === null ? "—" : cellFig(h.plan, h.unit),
        h.planRatio === null ? "—" : fig(h.planRatio, "percent"),
      ]);
    if (rows.length === 0) continue;
    blocks.push({
      kind: "table",
      head: [groupTitles[group][lang], ...head.slice(1)],
      rows,
      align: ["left", "right", "right", "right", "right", "right"],
      widths: [30, 14, 14, 16, 11, 15],
    });
  }

  h2(t("2. Thực hiện kế hoạch và kinh phí", "2. Plan timeliness and budget"));
  if (data.plan) {
    const delay = get("plan.approval_delay_days")?.value ?? null;
    const when =
      delay === null
        ? t("chưa được phê duyệt", "has not been approved")
        : delay > 0
          ? t(`chậm ${formatInteger(delay, { lang })} ngày`, `${formatInteger(delay, { lang })} days late`)
          : delay < 0
            ? t(
                `sớm ${formatInteger(-delay, { lang })} ngày`,
                `${formatInteger(-delay, { lang })} days early`,
              )
            : t("đúng hạn", "on the due date");
    para(
      data.plan.approved_on === null
        ? t(
            `Kế hoạch đối ngoại năm ${y} (hạn phê duyệt ${formatDate(data.plan.due_on)}) chưa được phê duyệt.`,
            `The ${y} external-affairs plan (due ${formatDate(data.plan.due_on)}) has not been approved.`,
          )
        : t(
            `Kế hoạch đối ngoại năm ${y} được phê duyệt ngày ${formatDate(data.plan.approved_on)}, hạn ${formatDate(data.plan.due_on)}: ${when}.`,
            `The ${y} external-affairs plan was approved on ${formatDate(data.plan.approved_on)}, due ${formatDate(data.plan.due_on)}: ${when}.`,
          ),
    );
  } else {
    para(
      t(
        `Không có kế hoạch đối ngoại năm ${y} trong dữ liệu.`,
        `There is no ${y} external-affairs plan in the data.`,
      ),
    );
  }
  const b = data.receptionBudget;
  para(
    b === null
      ? t(
          `Không có số liệu kinh phí đón tiếp khách nước ngoài năm ${y}.`,
          `There is no foreign-guest reception budget for ${y} in the data.`,
        )
      : t(
          `Kinh phí đón tiếp khách nước ngoài: được giao ${fig(b.allocatedVnd, "VND")}, đã chi ${fig(b.spentVnd, "VND")}, tỷ lệ sử dụng ${val("budget.reception_utilisation")}.`,
          `Foreign-guest reception budget: allocated ${fig(b.allocatedVnd, "VND")}, spent ${fig(b.spentVnd, "VND")}, utilisation ${val("budget.reception_utilisation")}.`,
        ),
  );

  h2(t("3. Rà soát các thỏa thuận quốc tế", "3. Review of the agreement (MOU) portfolio"));
  blocks.push(...agreementReviewSection(data, lang));

  h2(t("4. Chỉ tiêu chiến lược", "4. Strategy targets"));
  const s = data.strategy;
  if (s.coverage === "none") {
    para(
      t(
        `Không có chiến lược đối ngoại nào bao trùm năm ${y} trong dữ liệu của báo cáo: chưa đánh giá tiến độ chỉ tiêu.`,
        `No external-affairs strategy covers ${y} in this report's data: target progress is not assessed.`,
      ),
    );
  } else if (s.coverage === "not_covering") {
    para(
      t(
        `Chiến lược ${s.file} (giai đoạn ${s.planPeriod}) không bao trùm năm ${y}: không có chiến lược nào bao trùm năm ${y}.`,
        `The strategy ${s.file} (period ${s.planPeriod}) does not cover ${y}: no strategy covers ${y}.`,
      ),
    );
  } else {
    const bad = (k: string | undefined) => k === "at_risk" || k === "off_track";
    // a target is shown when the year falls short of its path or its end-year forecast falls short of the end target
    const risky = s.targets.filter((x) => bad(x.status) || bad(x.outlook?.status));
    // a path may be fractional (3,4 delegations): show it with its decimals
    const pathFig = (v: number | null, unit: string) =>
      v !== null && (unit === "count" || unit === "persons")
        ? formatNumber(v, { lang, digits: 1 })
        : fig(v, unit);
    const outlookText = (x: (typeof s.targets)[number]) =>
      x.outlook === null || x.outlook.forecast === null
        ? "—"
        : `${pathFig(x.outlook.forecast, x.unit)} / ${pathFig(x.outlook.endTarget, x.unit)} (${progressStatusLabels[x.outlook.status][lang]})`;
    const count = (k: keyof typeof progressStatusLabels) => s.targets.filter((x) => x.status === k).length;
    para(
      t(
        `${s.title?.vi ?? s.file} (${s.planPeriod}): ${s.targets.length} chỉ tiêu; năm ${y} có ${count("on_track")} ${progressStatusLabels.on_track.vi}, ${count("at_risk")} ${progressStatusLabels.at_risk.vi}, ${count("off_track")} ${progressStatusLabels.off_track.vi}, ${count("no_data")} ${progressStatusLabels.no_data.vi}. Ngưỡng: đạt lộ trình là đúng tiến độ; thiếu không quá 10% là có nguy cơ chậm; thiếu hơn 10% là chậm tiến độ. Dự báo năm cuối kỳ (phương pháp chọn theo kiểm định ngược) được so với mục tiêu cuối kỳ theo cùng quy tắc.`,
        `${s.title?.en ?? s.file} (${s.planPeriod}): ${s.targets.length} targets; in ${y} ${count("on_track")} ${progressStatusLabels.on_track.en}, ${count("at_risk")} ${progressStatusLabels.at_risk.en}, ${count("off_track")} ${progressStatusLabels.off_track.en}, ${count("no_data")} ${progressStatusLabels.no_data.en}. Thresholds: reaching the path is on track; short by up to 10% is at risk; short by more is off track. The end-year forecast (method chosen by backtest) is compared with the end target by the same rule.`,
      ),
    );
    if (risky.length > 0) {
      blocks.push({
        kind: "table",
        head: t(
          ["Chỉ tiêu", "Chỉ số", `Lộ trình năm ${y}`, "Thực hiện", "Đánh giá", "Dự báo cuối kỳ / mục tiêu"],
          ["Target", "Indicator", `Path ${y}`, "Actual", "Status", "End-year forecast / target"],
        ),
        rows: risky.map((x) => [
          x.id,
          `${x.label[lang]}${
            Object.keys(x.where).length > 0
              ? ` (${Object.entries(x.where)
                  .map(([k, v]) => (k === "country" ? countryName(v, lang) : `${k}=${v}`))
                  .join(", ")})`
              : ""
          }`,
          pathFig(x.path, x.unit),
          fig(x.actual, x.unit),
          progressStatusLabels[x.status][lang],
          outlookText(x),
        ]),
        align: ["left", "left", "right", "right", "left", "right"],
        widths: [8, 28, 13, 14, 13, 24],
      });
    }
  }

  h2(t("5. Chất lượng dữ liệu", "5. Data quality"));
  const q = data.quality;
  para(
    t(
      `Kiểm tra dữ liệu ngày ${formatDate(q.asOf)}: ${formatInteger(q.errors, { lang })} lỗi, ${formatInteger(q.warnings, { lang })} cảnh báo${q.byRule.length > 0 ? `: ${q.byRule.map((r) => `${r.title.vi.replace(/\.$/, "").toLocaleLowerCase("vi-VN")} (${formatInteger(r.count, { lang })})`).join("; ")}` : ""}. Cơ quan chủ trì rà soát và sửa các bản ghi liên quan trước khi số liệu được công bố.`,
      `Data check of ${formatDate(q.asOf)}: ${formatInteger(q.errors, { lang })} error(s), ${formatInteger(q.warnings, { lang })} warning(s)${q.byRule.length > 0 ? `: ${q.byRule.map((r) => `${r.title.en.replace(/\.$/, "")} (${formatInteger(r.count, { lang })})`).join("; ")}` : ""}. The lead agency reviews and corrects the records concerned before the figures are published.`,
    ),
  );

  h1(t("II. TỒN TẠI, HẠN CHẾ", "II. SHORTCOMINGS"));
  if (data.proposals.length === 0) {
    para(
      t(
        "Số liệu năm không cho thấy tồn tại nào vượt ngưỡng của các quy tắc đề xuất.",
        "The year's figures cross none of the proposal rules' thresholds.",
      ),
    );
  } else {
    blocks.push({ kind: "list", items: data.proposals.map((p) => p.finding[lang]) });
  }

  h1(t("III. PHƯƠNG HƯỚNG, ĐỀ XUẤT", "III. DIRECTIONS AND PROPOSALS"));
  if (data.proposals.length === 0) {
    para(t("Duy trì các kết quả đã đạt được.", "Keep up the results achieved."));
  } else {
    para(
      t(
        `${data.agency.vi} kính đề nghị Ủy ban nhân dân tỉnh xem xét:`,
        `The ${data.agency.en} proposes that the Provincial People's Committee consider:`,
      ),
    );
    blocks.push({ kind: "list", items: data.proposals.map((p, i) => `${i + 1}. ${p.proposal[lang]}`) });
  }

  const province = data.province[lang];
  const office = data.office;
  return {
    lang,
    authority: vi
      ? upper(`Ủy ban nhân dân ${province}`, lang)
      : upper(`People's Committee of ${province}`, lang),
    issuer: upper(data.agency[lang], lang),
    nation: t("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    motto: t("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    number: `${t("Số", "No.")}: ${options.number ?? `…/${office?.number_symbol ?? (office ? `BC-${office.agency_code}` : "BC")}`}`,
    placeDate: `${placeName(province)}, ${formatDateLong(data.reportDate, lang)}`,
    title: t("BÁO CÁO", "REPORT"),
    subtitle: t(`Tổng kết công tác đối ngoại năm ${y}`, `Review of external affairs in ${y}`),
    blocks,
    recipientsLabel: t("Nơi nhận:", "To:"),
    recipients:
      office && office.recipients.length > 0
        ? office.recipients.map((r, k) => `- ${r}${k === office.recipients.length - 1 ? "." : ";"}`)
        : t(
            ["- UBND tỉnh (báo cáo);", "- Bộ Ngoại giao (báo cáo);", "- Lưu: VT."],
            [
              "- Provincial People's Committee (for report);",
              "- Ministry of Foreign Affairs (for report);",
              "- Archive.",
            ],
          ),
    signer:
      options.signer !== undefined
        ? [upper(options.signer, lang)]
        : office?.signer_title !== undefined
          ? [office.signer_authority, office.signer_title]
              .filter((x) => x !== undefined)
              .map((x) => upper(x, lang))
          : [t("THỦ TRƯỞNG CƠ QUAN", "HEAD OF AGENCY")],
    signerName: office?.signer_name ?? null,
    sampleBanner: data.sample ? sampleBannerText : null,
  };
}
