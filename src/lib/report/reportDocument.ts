import type { Lang } from "../../data/Bilingual.ts";
import { formatDateLong } from "../../data/format.ts";
import type { ReviewData } from "./ReviewData.ts";
import { reportSections } from "./sections/index.ts";
import { sectionContext } from "./sections/SectionContext.ts";
import { reviewSubtitle } from "./reviewPeriod.ts";

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

/**
 * Lays out the review of {@link ReviewData} in one language: the Decree 30
 * heading and signature blocks around the sections of sections/index.ts.
 */
export function reportDocument(
  data: ReviewData,
  lang: Lang,
  options: ReportDocumentOptions = {},
): ReportDocument {
  const vi = lang === "vi";
  const t = <T>(v: T, e: T): T => (vi ? v : e);
  const ctx = sectionContext(data, lang);
  const blocks = reportSections.flatMap((section) => section(ctx));

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
    subtitle: reviewSubtitle(data.period, lang),
    blocks,
    recipientsLabel: t("Nơi nhận:", "Recipients:"),
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
