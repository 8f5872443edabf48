import type { Lang } from "../../data/Bilingual.ts";

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
