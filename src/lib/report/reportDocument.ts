import type { Lang } from "../../data/Bilingual.ts";
import { formatDateLong } from "../../data/format.ts";
import type { ReportDocument } from "./ReportBlock.ts";
import type { ReviewData } from "./ReviewData.ts";
import { reportSections } from "./sections/index.ts";
import { sectionContext } from "./sections/SectionContext.ts";
import { reviewSubtitle } from "./reviewPeriod.ts";

// ReportBlock and ReportDocument live in ReportBlock.ts (the renderers and sections use them
// without loading this file); still exported from here.
export type { ReportBlock, ReportDocument } from "./ReportBlock.ts";

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
