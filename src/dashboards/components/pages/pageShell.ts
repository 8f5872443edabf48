// The text of a page's .md file: front matter and one cell that hands the
// page's files to its component. Nothing else lives in the .md files, so a
// page (and every section of it) is written once, in <path>Page.ts.
import type { Lang } from "../labels.js";
import type { PageInfo } from "../pages.js";

/** The base name of a file the page reads ("data/site/aid.json" → "aid"), the key its component receives it under. */
export function fileKey(file: string): string {
  return file.replace(/^.*\//, "").replace(/\..*$/, "");
}

/**
 * The .md file of `page` in `lang`: `src/dashboards/<path>.md` for Vietnamese,
 * `src/dashboards/en/<path>.md` for English. Each file the page reads is named
 * in a FileAttachment call with a literal path, as Framework requires to find
 * and ship it; the paths of the English shells go up one folder. The files are
 * fetched together, in a cell of their own, while the component's module loads
 * (not one after the other once it has). The component is imported from its
 * bundle, `components/bundles/<path>Page.js`, which buildSite writes before each
 * build (site/bundlePages.ts). The shell also imports components/pageFonts.js,
 * which declares the font.
 */
export function pageShell(page: PageInfo, lang: Lang): string {
  const up = lang === "vi" ? "./" : "../";
  const component = `${page.path}Page`;
  // JSON is read and handed over; a CSV is a download, handed over as its address.
  const files = page.files.map((file) =>
    file.endsWith(".csv")
      ? `  FileAttachment("${up}${file}").href,\n`
      : `  FileAttachment("${up}${file}").json(),\n`,
  );
  const keys = page.files.map(fileKey).join(", ");
  return (
    `---\ntitle: ${page[lang]}\ntoc: false\n---\n\n` +
    `<!-- Written by scripts/writePageShells.ts: the page is src/dashboards/components/pages/${component}.ts. -->\n\n` +
    "```js\n" +
    `const pageFiles = Promise.all([\n${files.join("")}]).then(([${keys}]) => ({${keys}}));\n` +
    "```\n\n" +
    "```js\n" +
    `import "${up}components/pageFonts.js";\n` +
    `import {${component}} from "${up}components/bundles/${component}.js";\n` +
    `display(${component}("${lang}", pageFiles));\n` +
    "```\n"
  );
}
