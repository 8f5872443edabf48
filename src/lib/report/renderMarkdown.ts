import type { ReportBlock, ReportDocument } from "./ReportBlock.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function table(head: string[], rows: string[][], align: ("left" | "right" | "center")[]): string {
  const rule = align.map((a) => (a === "right" ? "---:" : a === "center" ? ":---:" : ":---"));
  return [head, rule, ...rows].map((r, i) => `| ${(i === 1 ? r : r.map(cell)).join(" | ")} |`).join("\n");
}

function block(b: ReportBlock): string {
  switch (b.kind) {
    case "heading":
      return `${b.level === 1 ? "##" : "###"} ${b.text}`;
    case "paragraph":
      return b.text;
    case "list":
      return b.items.map((i) => (/^\d+\. /.test(i) ? i : `- ${i}`)).join("\n");
    case "table":
      return table(b.head, b.rows, b.align);
  }
}

/**
 * The report as Markdown: the heading block as a two-column table, the title,
 * numbered sections, tables of figures, and the recipients and signer.
 */
export function renderMarkdown(doc: ReportDocument): string {
  const heading = table(
    [doc.authority, `**${doc.nation}**`],
    [
      [`**${doc.issuer}**`, `**${doc.motto}**`],
      [doc.number, `*${doc.placeDate}*`],
    ],
    ["center", "center"],
  );
  const parts = [
    ...(doc.sampleBanner === null ? [] : [`**${doc.sampleBanner}**`]),
    heading,
    `# ${doc.title}`,
    `**${doc.subtitle}**`,
    ...doc.blocks.map(block),
    `**${doc.recipientsLabel}**\n${doc.recipients.map((r) => `${r}  `).join("\n")}`,
    doc.signer.map((line) => `**${line}**`).join("  \n"),
    ...(doc.signerName === null ? [] : [`**${doc.signerName}**`]),
  ];
  return parts.join("\n\n") + "\n";
}
