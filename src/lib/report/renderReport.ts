import type { Lang } from "../../data/Bilingual.ts";
import { renderHtml } from "./renderHtml.ts";
import { renderMarkdown } from "./renderMarkdown.ts";
import { reportDocument, type ReportDocumentOptions } from "./reportDocument.ts";
import type { ReviewData } from "./ReviewData.ts";

/** The formats the review report is written in. */
export const reportFormats = ["docx", "md", "html"] as const;
/** A review output format: docx, md or html. */
export type ReportFormat = (typeof reportFormats)[number];

/** Options of {@link renderReport}. */
export interface RenderReportOptions extends ReportDocumentOptions {
  /** Language; default "vi". */
  lang?: Lang;
  /** Default "docx". */
  format?: ReportFormat;
}

/** Writes the review in one language and format: Markdown or HTML text, or the bytes of a .docx. */
export async function renderReport(
  data: ReviewData,
  options: RenderReportOptions = {},
): Promise<string | Buffer> {
  const { lang = "vi", format = "docx", ...docOptions } = options;
  const doc = reportDocument(data, lang, docOptions);
  switch (format) {
    case "md":
      return renderMarkdown(doc);
    case "html":
      return renderHtml(doc);
    case "docx":
      // docx loads only when a Word file is written
      return (await import("./renderDocx.ts")).renderDocx(doc);
  }
}
