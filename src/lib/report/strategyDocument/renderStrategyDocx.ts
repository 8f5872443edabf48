import type { Table } from "docx";
import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, PageBreak, Paragraph } from "docx";
import type { StrategyBlock, StrategyDocument } from "./StrategyDocument.ts";
import {
  bodyParagraph,
  bodySize,
  closingBlock,
  emptyHeader,
  font,
  gridTable,
  headingStyles,
  mm,
  pageMargin,
  pageNumberHeader,
  pt,
  run,
  textWidth,
  titleBlock,
} from "../docxParts.ts";

// The report's Word layout (docxParts.ts: Decree 30/2020 appendix I, A4, margins
// 20/20/30/15 mm, Times New Roman 13 pt, page numbers from the second page), with
// figures, placeholders and wide tables in a smaller size.

function table(b: Extract<StrategyBlock, { kind: "table" }>): Table {
  const widths = b.widths.map((w) => Math.round((textWidth * w) / 100));
  return gridTable(b, widths, { size: b.head.length > 6 ? pt(10.5) : pt(11.5), cellMargin: 60 });
}

/** A block as Word content; the `last` block keeps with the signature, which never stands alone on a page. */
function blockContent(b: StrategyBlock, last = false): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          spacing: { before: 180, after: 60 },
          indent: { firstLine: mm(10) },
          keepNext: true,
          keepLines: true,
          children: [run(b.text, { bold: true, italics: b.level === 2 })],
        }),
      ];
    case "paragraph":
      return [bodyParagraph(b.text, last)];
    case "placeholder":
      return [
        new Paragraph({
          indent: { firstLine: mm(10) },
          spacing: { before: 60, after: 60 },
          children: [run(b.text, { italics: true, color: "7F7F7F" })],
        }),
      ];
    case "list":
      return b.items.map((i, k) =>
        bodyParagraph(/^(\d+\. |\s|[A-Z]+\d*\.)/.test(i) ? i : `- ${i}`, last && k === b.items.length - 1),
      );
    case "table":
      return [table(b), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case "pagebreak":
      return [new Paragraph({ children: [new PageBreak()] })];
    case "figure": {
      // as wide as the text (165 mm = 624 px at 96 dpi), keeping the aspect ratio
      const width = Math.min(620, b.width);
      const height = Math.round((b.height * width) / b.width);
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: 120 },
          children: [new ImageRun({ type: "png", data: b.png, transformation: { width, height } })],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 120 },
          children: [run(b.caption, { italics: true, size: pt(12) })],
        }),
      ];
    }
  }
}

/**
 * The strategy document as Word (.docx): the Decree 30/2020 heading block, "KẾ HOẠCH" and
 * the plan's title, sections I–VIII with tables and PNG figures, recipients and signer;
 * A4, Times New Roman 13 pt, page numbers from the second page.
 */
export async function renderStrategyDocx(doc: StrategyDocument): Promise<Buffer> {
  const document = new Document({
    creator: "doingoai",
    lastModifiedBy: "doingoai",
    title: `${doc.title} ${doc.subtitle}`,
    styles: { default: { document: { run: { font, size: bodySize } } }, paragraphStyles: headingStyles },
    sections: [
      {
        headers: {
          default: pageNumberHeader(),
          first: emptyHeader(),
        },
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: pageMargin,
          },
        },
        children: [
          ...titleBlock(doc),
          ...doc.blocks.flatMap((b, k) => blockContent(b, k === doc.blocks.length - 1)),
          new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
          closingBlock(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
