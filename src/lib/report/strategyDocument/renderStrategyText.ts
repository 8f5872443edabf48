import { renderHtml } from "../renderHtml.ts";
import { renderMarkdown } from "../renderMarkdown.ts";
import type { ReportBlock, ReportDocument } from "../ReportBlock.ts";
import type { FigureBlock, StrategyDocument } from "./StrategyDocument.ts";

// The strategy document through the report's own HTML and Markdown renderers: figures and
// placeholders go in as marker paragraphs, replaced after rendering.
const marker = (kind: string, i: number) => `@@doingoai-${kind}-${i}@@`;

function asReport(doc: StrategyDocument): { report: ReportDocument; figures: FigureBlock[] } {
  const figures: FigureBlock[] = [];
  const blocks: ReportBlock[] = [];
  doc.blocks.forEach((b, i) => {
    if (b.kind === "figure") {
      figures.push(b);
      blocks.push({ kind: "paragraph", text: marker("figure", figures.length - 1) });
    } else if (b.kind === "placeholder") {
      blocks.push({ kind: "paragraph", text: marker("gap", i) });
    } else if (b.kind !== "pagebreak") {
      blocks.push(b);
    }
  });
  return { report: { ...doc, blocks }, figures };
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * The strategy document as one self-contained, printable HTML page (the report's A4 print
 * CSS): figures inline as SVG, placeholders in grey italics; no external resources.
 */
export function renderStrategyHtml(doc: StrategyDocument): string {
  const { report, figures } = asReport(doc);
  const gaps = new Map(doc.blocks.map((b, i) => [i, b]));
  const style = `<style>
figure.chart { margin: 8pt 0 10pt; text-align: center; page-break-inside: avoid; }
figure.chart svg { max-width: 100%; height: auto; }
figure.chart figcaption { font-style: italic; font-size: 12pt; text-indent: 0; }
p.gap { color: #7f7f7f; font-style: italic; }
</style>
</head>`;
  return renderHtml(report)
    .replace("</head>", style)
    .replace(/<p>@@doingoai-figure-(\d+)@@<\/p>/g, (_, k: string) => {
      const f = figures[Number(k)]!;
      return `<figure class="chart" id="${f.name}">${f.svg}<figcaption>${escape(f.caption)}</figcaption></figure>`;
    })
    .replace(/<p>@@doingoai-gap-(\d+)@@<\/p>/g, (_, i: string) => {
      const b = gaps.get(Number(i));
      return `<p class="gap">${escape(b?.kind === "placeholder" ? b.text : "")}</p>`;
    });
}

/**
 * The strategy document as Markdown, with its figures as PNG files beside it: returns
 * the text (linking `${stem}-${figure}.png`) and the files to write.
 */
export function renderStrategyMarkdown(
  doc: StrategyDocument,
  stem: string,
): { text: string; files: { name: string; bytes: Uint8Array }[] } {
  const { report, figures } = asReport(doc);
  const gaps = new Map(doc.blocks.map((b, i) => [i, b]));
  const files = figures.map((f) => ({ name: `${stem}-${f.name}.png`, bytes: f.png }));
  const text = renderMarkdown(report)
    .replace(/@@doingoai-figure-(\d+)@@/g, (_, k: string) => {
      const f = figures[Number(k)]!;
      return `![${f.caption}](${stem}-${f.name}.png)\n\n*${f.caption}*`;
    })
    .replace(/@@doingoai-gap-(\d+)@@/g, (_, i: string) => {
      const b = gaps.get(Number(i));
      return `*${b?.kind === "placeholder" ? b.text : ""}*`;
    });
  return { text, files };
}
