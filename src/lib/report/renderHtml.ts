import type { ReportBlock, ReportDocument } from "./ReportBlock.ts";
import { authorityLines } from "./reportAuthority.ts";
import { isFigureCell, layoutTable } from "./tableLayout.ts";

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

// A4 page, Decree 30/2020 margins (top/bottom 20 mm, left 30 mm, right 15 mm),
// Times New Roman 13 pt; fonts are the reader's own, nothing is fetched.
const css = (runningTitle: string) => `
@page { size: A4; margin: 20mm 15mm 20mm 30mm;
  @top-center { content: counter(page); font-family: "Times New Roman", Times, serif; font-size: 13pt; }
  @bottom-left { content: "${runningTitle.replace(/["\\]/g, "")}"; font-family: "Times New Roman", Times, serif; font-size: 9pt; color: #444; }
  @bottom-right { content: counter(page) " / " counter(pages); font-family: "Times New Roman", Times, serif; font-size: 9pt; color: #444; } }
@page :first { @top-center { content: none; } }
html { background: #f2f2f2; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.35; color: #000;
  background: #fff; max-width: 165mm; margin: 12mm auto; padding: 20mm 15mm 20mm 30mm; }
@media print { html, body { background: none; } body { margin: 0; padding: 0; max-width: none; } }
.head { display: grid; grid-template-columns: 42% 58%; column-gap: 4mm; text-align: center; margin-bottom: 12pt; font-size: 12pt; }
.head p { margin: 0; text-align: center; }
.head .number, .head .place { font-size: 13pt; }
.head .rule { border-bottom: 1px solid #000; width: 35%; margin: 2pt auto 6pt; }
.head .motto-rule { width: 55%; }
.place { font-style: italic; }
.head p, .subtitle { text-indent: 0; }
h1 { font-size: 14pt; text-align: center; margin: 12pt 0 0; }
.subtitle { text-align: center; font-weight: bold; margin: 0 0 12pt; }
h2 { font-size: 13pt; margin: 12pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h3 { font-size: 13pt; font-style: italic; margin: 10pt 0 6pt; break-after: avoid; page-break-after: avoid; }
h2 + p, h3 + p, h2 + table, h3 + table { break-before: avoid; }
p { orphans: 2; widows: 2; }
p { text-align: justify; text-indent: 1cm; margin: 0 0 6pt; }
ul { margin: 0 0 6pt; padding-left: 1cm; }
table.figures { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 6pt 0 10pt; font-size: 12pt; page-break-inside: auto; }
table.figures th, table.figures td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }
table.figures th { font-weight: bold; text-align: center; }
table.figures td.r { text-align: right; }
table.figures td.keep { white-space: nowrap; }
table.figures thead { display: table-header-group; }
table.figures tr { break-inside: avoid; page-break-inside: avoid; }
.foot { display: grid; grid-template-columns: 50% 50%; margin-top: 18pt; break-inside: avoid; page-break-inside: avoid; break-before: avoid; }
ul:last-of-type li:last-child { break-after: avoid; }
.foot .to { font-size: 11pt; }
.foot .to p, .foot .sign p { text-indent: 0; margin: 0; text-align: left; }
.foot .sign p { text-align: center; font-weight: bold; }
.foot .sign p.name { margin-top: 5em; }
.sample { text-align: center; font-weight: bold; border: 2px solid #b00; color: #b00; padding: .2em; text-indent: 0; }
`;

function block(b: ReportBlock): string {
  switch (b.kind) {
    case "heading":
      return b.level === 1 ? `<h2>${escape(b.text)}</h2>` : `<h3>${escape(b.text)}</h3>`;
    case "paragraph":
      return `<p>${escape(b.text)}</p>`;
    case "list":
      return `<ul>${b.items.map((i) => `<li>${escape(i)}</li>`).join("")}</ul>`;
    case "table": {
      const head = `<tr>${b.head.map((h) => `<th>${escape(h)}</th>`).join("")}</tr>`;
      // figures, dates and short cells never wrap; column widths from the content, as in the Word file
      const cls = (c: string, i: number) =>
        [b.align[i] === "right" ? "r" : "", isFigureCell(c) || c.length <= 18 ? "keep" : ""]
          .filter(Boolean)
          .join(" ");
      const rows = b.rows
        .map(
          (r) =>
            `<tr>${r.map((c, i) => `<td${cls(c, i) ? ` class="${cls(c, i)}"` : ""}>${escape(c)}</td>`).join("")}</tr>`,
        )
        .join("\n");
      const layout = layoutTable(b.head, b.rows, { portraitWidth: 9354, landscapeWidth: 14287 });
      const total = layout.widths.reduce((a, w) => a + w, 0);
      const cols = layout.widths
        .map((w) => `<col style="width: ${((100 * w) / total).toFixed(1)}%">`)
        .join("");
      return `<table class="figures">\n<colgroup>${cols}</colgroup>\n<thead>${head}</thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
    }
  }
}

/**
 * The report as one self-contained, printable HTML page (A4 print CSS, no
 * external resources, no scripts).
 */
export function renderHtml(doc: ReportDocument): string {
  return `<!doctype html>
<html lang="${doc.lang}">
<head>
<meta charset="utf-8">
<title>${escape(`${doc.title} ${doc.subtitle}`)}</title>
<style>${css(`${doc.title} ${doc.subtitle}`)}</style>
</head>
<body>
${doc.sampleBanner === null ? "" : `<p class="sample">${escape(doc.sampleBanner)}</p>\n`}<div class="head">
<div>${authorityLines(doc.authority)
    .map((l) => `<p>${escape(l)}</p>`)
    .join(
      "",
    )}<p><b>${escape(doc.issuer)}</b></p><div class="rule"></div><p class="number">${escape(doc.number)}</p></div>
<div><p><b>${escape(doc.nation)}</b></p><p><b>${escape(doc.motto)}</b></p><div class="rule motto-rule"></div><p class="place">${escape(doc.placeDate)}</p></div>
</div>
<h1>${escape(doc.title)}</h1>
<p class="subtitle">${escape(doc.subtitle)}</p>
${doc.blocks.map(block).join("\n")}
<div class="foot">
<div class="to"><p><b><i>${escape(doc.recipientsLabel)}</i></b></p>${doc.recipients.map((r) => `<p>${escape(r)}</p>`).join("")}</div>
<div class="sign">${doc.signer.map((line) => `<p>${escape(line)}</p>`).join("")}${doc.signerName === null ? "" : `<p class="name">${escape(doc.signerName)}</p>`}</div>
</div>
</body>
</html>
`;
}
