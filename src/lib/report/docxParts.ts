// The pieces of a Decree 30/2020 Word document that the annual review
// (renderDocx.ts) and the strategy plan (strategyDocument/renderStrategyDocx.ts)
// share: page geometry, type, the heading block, the closing block and the
// page-number header. Appendix I of the Decree: A4, margins top/bottom 20 mm,
// left 30 mm, right 15 mm; Times New Roman; body 13–14 pt; heading lines 12–13 pt.
import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { authorityLines } from "./reportAuthority.ts";

/** Millimetres in twips. */
export const mm = (x: number): number => Math.round((x * 1440) / 25.4);
/** Points in docx half-points. */
export const pt = (x: number): number => x * 2;
export const font = "Times New Roman";
export const bodySize = pt(13);
/** The text width of a portrait A4 page inside the Decree's margins. */
export const textWidth = mm(210 - 30 - 15);
/** A landscape page keeps the binding margin (30 mm) on the left: 297 − 30 − 15 (the docx library swaps width and height). */
export const landscapeTextWidth = mm(297 - 30 - 15);
/** The Decree's page margins. */
export const pageMargin = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) };

/** A run of text in the document's font. */
export const run = (
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {},
): TextRun =>
  new TextRun({
    text,
    font,
    size: o.size ?? bodySize,
    bold: o.bold ?? false,
    italics: o.italics ?? false,
    ...(o.color ? { color: o.color } : {}),
  });

/** A centred line. */
export function centred(
  text: string,
  o: { bold?: boolean; italics?: boolean; size?: number; after?: number } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: o.after ?? 0 },
    children: [run(text, o)],
  });
}

/** A short centred line under the issuer and the motto, as the Decree draws it: `share` of a cell `width` twips wide. */
function rule(share: number, width: number): Paragraph {
  const side = Math.round(((1 - share) / 2) * width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    spacing: { after: 120 },
    children: [],
  });
}

/** What the heading block shows. */
export interface DecreeHeading {
  authority: string;
  issuer: string;
  number: string;
  nation: string;
  motto: string;
  placeDate: string;
}

/** The heading block: authority and issuer left over the number, national motto right over place and date. */
export function headingBlock(doc: DecreeHeading): Table {
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
            ...authorityLines(doc.authority).map((line) => centred(line, { size: pt(12) })),
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

/** What the closing block shows. */
export interface DecreeClosing {
  recipientsLabel: string;
  recipients: string[];
  signer: string[];
  signerName: string | null;
}

/** Recipients left; the signer right, with the space to sign and seal (about 25 mm) above the full name. One row that never splits. */
export function closingBlock(doc: DecreeClosing): Table {
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
            new Paragraph({ spacing: { before: 1440 }, children: [] }),
            ...(doc.signerName === null ? [] : [centred(doc.signerName, { bold: true })]),
          ]),
        ],
      }),
    ],
  });
}

/** The page number centred at the top (from the second page: pair it with an empty first-page header). */
export function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font, size: pt(13) })],
      }),
    ],
  });
}

/**
 * Word's Heading 1 and Heading 2 styles in the document's type (bold; italic for level 2), so
 * the navigation pane and a table of contents see the sections.
 */
export const headingStyles = ([1, 2] as const).map((level) => ({
  id: `Heading${level}`,
  name: `Heading ${level}`,
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { font, size: bodySize, bold: true, italics: level === 2, color: "000000" },
  paragraph: { spacing: { before: 180, after: 60 }, indent: { firstLine: mm(10) }, keepNext: true },
}));

/** A justified body paragraph with the first line indented 10 mm; `keepNext` keeps it on the page of what follows. */
export const bodyParagraph = (text: string, keepNext = false): Paragraph =>
  new Paragraph({
    keepNext,
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: mm(10) },
    spacing: { before: 60, after: 60, line: 312 },
    children: [run(text)],
  });

/**
 * A bordered table of `widths` twips a column, its header row repeated on every page and no
 * row split across pages; header cells centred and bold, body cells aligned as `align` says,
 * their text passed through `cellText` (e.g. non-breaking spaces inside figures).
 */
export function gridTable(
  t: { head: string[]; rows: string[][]; align: readonly string[] },
  widths: number[],
  o: { size: number; cellMargin: number; cellText?: (text: string) => string },
): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cellText = o.cellText ?? ((text: string) => text);
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      margins: { left: o.cellMargin, right: o.cellMargin },
      children: [
        new Paragraph({
          alignment: header
            ? AlignmentType.CENTER
            : t.align[i] === "right"
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
          children: [run(header ? text : cellText(text), { bold: header, size: o.size })],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, w) => a + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: t.head.map((h, i) => cell(h, i, true)) }),
      ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** The first lines of the document: the sample's banner where it is the sample, the heading block, the title and subtitle. */
export function titleBlock(
  doc: DecreeHeading & { sampleBanner: string | null; title: string; subtitle: string },
): (Paragraph | Table)[] {
  return [
    ...(doc.sampleBanner === null
      ? []
      : [centred(doc.sampleBanner, { bold: true, size: pt(14), after: 120 })]),
    headingBlock(doc),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centred(doc.title, { bold: true, size: pt(14) }),
    centred(doc.subtitle, { bold: true, size: pt(14), after: 240 }),
  ];
}

/** An empty header, for the first page. */
export const emptyHeader = (): Header => new Header({ children: [new Paragraph({ children: [] })] });
