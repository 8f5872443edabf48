// Data loader: the Be Vietnam Pro font (@fontsource/be-vietnam-pro) as one
// stylesheet with the font files inlined, so the dashboards need no font
// service and work from a shared folder. Subsets latin, latin-ext and
// vietnamese cover every Vietnamese glyph; weights 400 and 700.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const dir = dirname(require.resolve("@fontsource/be-vietnam-pro/package.json"));
const subsets = ["latin", "latin-ext", "vietnamese"] as const;
const weights = [400, 700] as const;

const faces: string[] = [];
try {
  const ranges = JSON.parse(readFileSync(join(dir, "unicode.json"), "utf8")) as Record<string, string>;
  for (const subset of subsets) {
    const range = ranges[subset];
    if (!range) throw new Error(`no unicode range for ${subset} in unicode.json`);
    for (const weight of weights) {
      const font = readFileSync(join(dir, "files", `be-vietnam-pro-${subset}-${weight}-normal.woff2`));
      faces.push(
        `@font-face{font-family:"Be Vietnam Pro";font-style:normal;font-display:swap;font-weight:${weight};` +
          `src:url(data:font/woff2;base64,${font.toString("base64")}) format("woff2");unicode-range:${range};}`,
      );
    }
  }
} catch (error) {
  console.error(`be-vietnam-pro.css: cannot read the font from ${dir}: ${String(error)}`);
  process.exit(1);
}
process.stdout.write(faces.join("\n") + "\n");
