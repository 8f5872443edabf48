// Observable Framework configuration for doingoai's dashboards (issue 5).
// Everything is served from node_modules and data loaders: nothing is fetched
// from outside at build or run time (see docs/offline.md).
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { pageList } from "./src/dashboards/components/pages.ts";

const root = "src/dashboards";
// TypeScript loaders run with the tsx that Framework itself depends on, by path:
// an installed doingoai may be run with no node_modules/.bin on PATH. They run
// through site/runLoader.js, which passes on an output buildSite has already
// computed beside Framework instead of computing it again.
const frameworkRequire = createRequire(
  createRequire(import.meta.url).resolve("@observablehq/framework/package.json"),
);
const tsx = frameworkRequire.resolve("tsx/cli");
const exists = (path: string) => existsSync(`${root}/${path}.md`);

export default {
  root,
  // Tests build into a folder of their own; `npm run build` writes dist/.
  output: process.env["DOINGOAI_DIST"] ?? "dist",
  interpreters: { ".ts": [process.execPath, `${root}/site/runLoader.js`, tsx] },
  title: "Đối ngoại tỉnh",
  home: "Tổng quan",
  // Vietnamese pages at the root, English ones in a section of their own.
  pages: [
    ...pageList
      .filter((p) => p.path !== "index" && exists(p.path))
      .map((p) => ({ name: p.vi, path: `/${p.path}` })),
    {
      name: "English",
      open: false,
      pages: pageList
        .filter((p) => exists(`en/${p.path}`))
        .map((p) => ({ name: p.en, path: `/en/${p.path}` })),
    },
  ],
  // Replaces the default, which loads Google Fonts; Be Vietnam Pro is self-hosted
  // (woff2 files from @fontsource, declared by each page: components/fontFaces.ts).
  globalStylesheets: ["observablehq:stdlib/inputs.css"],
  head: '<link rel="icon" href="data:,"><meta name="robots" content="noindex">',
  style: "assets/style.css",
  preserveExtension: true,
  search: false,
  // Each page draws its own previous/next links, in its language and among the pages of that
  // language (components/pagePager.ts): Framework's pager runs through the one sidebar list.
  pager: false,
  footer: "doingoai — số liệu từ cơ sở dữ liệu của cơ quan / figures from the office's own database",
};
