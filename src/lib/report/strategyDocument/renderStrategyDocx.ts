import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { StrategyBlock, StrategyDocument } from "./StrategyDocument.ts";

// The report's Word layout (src/lib/report/renderDocx.ts, Decree 30/2020 appendix I: A4,
// margins 20/20/30/15 mm, Times New Roman 13 pt, page numbers from the second page),
// with figures, placeholders and wide tables in a smaller size. renderDocx keeps its
// helpers private, so the few this needs are repeated here rather than exported from a
// file other branches are editing.
const mm = (x: number) => Math.round((x * 1440) / 25.4);
const pt = (x: number) => x * 2;
const font = "Times New Roman";
const bodySize = pt(13);
const textWidth = mm(210 - 30 - 15);

const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) =>
  new TextRun({
    text,
    font,
    size: o.size ?? bodySize,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
    ...(o.color ? { color: o.color } : {}),
  });

function centred(text: string, o: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {}) {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: o.after ?? 0 },
    children: [run(text, o)],
  });
}

function rule(share: number, width: number) {
  const side = Math.round(((1 - share) / 2) * width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 120 },
    children: [],
  });
}

function headingBlock(doc: StrategyDocument): Table {
  const left = mm(65);
  const right = textWidth - left;
  const cell = (width: number, children: Paragraph[]) =>
    new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(left, [
            centred(doc.authority, { size: pt(12) }),
            centred(doc.issuer, { bold: true, size: pt(12) }),
            rule(0.35, left),
            centred(doc.number, { size: pt(13) }),
          ]),
          cell(right, [
            centred(doc.nation, { bold: true, size: pt(12) }),
            centred(doc.motto, { bold: true, size: pt(13) }),
            rule(0.55, right),
            centred(doc.placeDate, { italics: true, size: pt(13) }),
          ]),
        ],
      }),
    ],
  });
}

function table(b: Extract<StrategyBlock, { kind: "table" }>): Table {
  const widths = b.widths.map((w) => Math.round((textWidth * w) / 100));
  const size = b.head.length > 6 ? pt(10.5) : pt(11.5);
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      margins: { left: 60, right: 60 },
      children: [
        new Paragraph({
          alignment: header
            ? AlignmentType.CENTER
            : b.align[i] === "right"
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
          children: [run(text, { bold: header, size })],
        }),
      ],
    });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: b.head.map((h, i) => cell(h, i, true)) }),
      ...b.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

const bodyParagraph = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 60, after: 60, line: 312 },
    children: [run(text)],
  });

function blockContent(b: StrategyBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case "heading":
      return [
        new Paragraph({
          spacing: { before: 180, after: 60 },
          indent: { firstLine: mm(10) },
          keepNext: true,
          children: [run(b.text, { bold: true, italics: b.level === 2 })],
        }),
      ];
    case "paragraph":
      return [bodyParagraph(b.text)];
    case "placeholder":
      return [
        new Paragraph({
          indent: { firstLine: mm(10) },
          spacing: { before: 60, after: 60 },
          children: [run(b.text, { italics: true, color: "7F7F7F" })],
        }),
      ];
    case "list":
      return b.items.map((i) => bodyParagraph(/^(\d+\. |\s|[A-Z]+\d*\.)/.test(i) ? i : `- ${i}`));
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

function closing(doc: StrategyDocument): Table {
  const half = Math.round(textWidth / 2);
  const cell = (children: Paragraph[]) =>
    new TableCell({ width: { size: half, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [half, textWidth - half],
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [
          cell([
            new Paragraph({
              children: [run(doc.recipientsLabel, { bold: true, italics: true, size: pt(12) })],
            }),
            ...doc.recipients.map((r) => new Paragraph({ children: [run(r, { size: pt(11) })] })),
          ]),
          cell([
            ...doc.signer.map((line) => centred(line, { bold: true })),
            ...(doc.signerName === null
              ? []
              : [
                  new Paragraph({ spacing: { before: 1440 }, children: [] }),
                  centred(doc.signerName, { bold: true }),
                ]),
          ]),
        ],
      }),
    ],
  });
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
    styles: { default: { document: { run: { font, size: bodySize } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font, size: pt(13) })],
              }),
            ],
          }),
          first: new Header({ children: [new Paragraph({ children: [] })] }),
        },
        properties: {
          titlePage: true,
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        children: [
          ...(doc.sampleBanner === null
            ? []
            : [centred(doc.sampleBanner, { bold: true, size: pt(14), after: 120 })]),
          headingBlock(doc),
          new Paragraph({ spacing: { before: 240 }, children: [] }),
          centred(doc.title, { bold: true, size: pt(14) }),
          centred(doc.subtitle, { bold: true, size: pt(14), after: 240 }),
          ...doc.blocks.flatMap(blockContent),
          new Paragraph({ spacing: { after: 240 }, children: [] }),
          closing(doc),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
