// Data loader: the Be Vietnam Pro font files (@fontsource/be-vietnam-pro, woff2)
// for the glyphs the dashboards use — subsets latin, latin-ext and vietnamese,
// weights 400 and 700 — as they are shipped, so the dashboards need no font
// service and work from a shared folder. components/fontFaces.ts names each
// file (assets/fonts/<subset>-<weight>.woff2) and its unicode range; a browser
// downloads only the subsets a page's text needs.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fontSubsets, fontWeights } from "../components/fontFaces.ts";
import { writeTar } from "../data/datasets/writeTar.ts";

const require = createRequire(import.meta.url);
try {
  const dir = join(dirname(require.resolve("@fontsource/be-vietnam-pro/package.json")), "files");
  const files = new Map<string, Uint8Array>();
  for (const subset of fontSubsets) {
    for (const weight of fontWeights) {
      files.set(
        `${subset}-${weight}.woff2`,
        readFileSync(join(dir, `be-vietnam-pro-${subset}-${weight}-normal.woff2`)),
      );
    }
  }
  process.stdout.write(writeTar(files));
} catch (error) {
  console.error(`fonts.tar: cannot read the font / không đọc được phông chữ: ${String(error)}`);
  process.exitCode = 1;
}
