import type { Table } from "docx";
import { Document, HeadingLevel, PageOrientation, Packer, Paragraph } from "docx";
import type { ReportBlock, ReportDocument } from "./ReportBlock.ts";
import { isFigureCell, layoutTable } from "./tableLayout.ts";
import {
  bodyParagraph,
  bodySize,
  closingBlock,
  emptyHeader,
  font,
  gridTable,
  headingStyles,
  landscapeTextWidth,
  mm,
  pageMargin,
  pageNumberHeader,
  pt,
  run,
  textWidth,
  titleBlock,
} from "./docxParts.ts";

/** Inside a figure or a date, spaces are non-breaking: "+50,0 điểm %" stays on one line. */
const keepTogether = (text: string) => (isFigureCell(text) ? text.replace(/ /g, "\u00a0") : text);

/** A table laid out from its content ({@link layoutTable}); `landscape` when it needs the turned page. */
function figuresTable(b: Extract<ReportBlock, { kind: "table" }>): { table: Table; landscape: boolean } {
  const layout = layoutTable(b.head, b.rows, {
    portraitWidth: textWidth,
    landscapeWidth: landscapeTextWidth,
  });
  const table = gridTable(b, layout.widths, {
    size: pt(layout.sizePt),
    cellMargin: 80,
    cellText: keepTogether,
  });
  return { table, landscape: layout.landscape };
}

/** A block as Word content; a table too wide for portrait is marked for a landscape section. */
function blockContent(b: ReportBlock, last = false): { content: (Paragraph | Table)[]; landscape: boolean } {
  switch (b.kind) {
    case "heading":
      return {
        landscape: false,
        content: [
          new Paragraph({
            // Word's heading styles, so the navigation pane and a table of contents see the sections
            heading: b.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
            keepNext: true,
            keepLines: true,
            children: [run(b.text, { bold: true, italics: b.level === 2 })],
          }),
        ],
      };
    case "paragraph":
      return { landscape: false, content: [bodyParagraph(b.text, last)] };
    case "list":
      return {
        landscape: false,
        content: b.items.map((i, k) =>
          bodyParagraph(/^\d+\. /.test(i) ? i : `- ${i}`, last && k === b.items.length - 1),
        ),
      };
    case "table": {
      const { table, landscape } = figuresTable(b);
      return { landscape, content: [table, new Paragraph({ spacing: { after: 60 }, children: [] })] };
    }
  }
}

/**
 * The report as a Word document (.docx) in the layout of Decree 30/2020: the
 * heading block (authority and issuer left, national motto right, number,
 * place and date), the title, numbered sections, tables of figures, the
 * recipients and the signer; A4, Times New Roman 13 pt, page numbers from
 * the second page.
 */
export async function renderDocx(doc: ReportDocument): Promise<Buffer> {
  // page numbers centred at the top from the second page (Decree 30/2020, appendix I)
  const pageNumber = pageNumberHeader;
  const margin = pageMargin;
  // runs of portrait content, and a landscape section for each table too wide for portrait
  const runs: { landscape: boolean; children: (Paragraph | Table)[] }[] = [
    {
      landscape: false,
      children: [...titleBlock(doc)],
    },
  ];
  // the last paragraph keeps with the signature, which never stands alone on the last page
  for (const [k, b] of doc.blocks.entries()) {
    const { content, landscape } = blockContent(b, k === doc.blocks.length - 1);
    const last = runs.at(-1)!;
    if (last.landscape === landscape) last.children.push(...content);
    else runs.push({ landscape, children: content });
  }
  const tail = runs.at(-1)!.landscape
    ? (runs.push({ landscape: false, children: [] }), runs.at(-1)!)
    : runs.at(-1)!;
  tail.children.push(
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [] }),
    closingBlock(doc),
  );
  const document = new Document({
    creator: "doingoai",
    lastModifiedBy: "doingoai",
    title: `${doc.title} ${doc.subtitle}`,
    styles: {
      default: { document: { run: { font, size: bodySize } } },
      paragraphStyles: headingStyles,
    },
    sections: runs.map((r, i) => ({
      headers: i === 0 ? { default: pageNumber(), first: emptyHeader() } : { default: pageNumber() },
      properties: {
        titlePage: i === 0,
        page: {
          size: r.landscape
            ? { width: mm(210), height: mm(297), orientation: PageOrientation.LANDSCAPE }
            : { width: mm(210), height: mm(297) },
          margin,
        },
      },
      children: r.children,
    })),
  });
  return Packer.toBuffer(document);
}
