// Each dashboard page is written once (src/dashboards/components/pages/
// <path>Page.ts) with one strings table; its two .md files are shells. These
// tests hold every table to both languages and the shells to their generator;
// the browser comparison of the two languages is in dashboards.test.ts.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pageShell } from "../../src/dashboards/components/pages/pageShell.ts";
import type { PageStrings } from "../../src/dashboards/components/pages/pageStrings.ts";
import { pageList } from "../../src/dashboards/components/pages.ts";

const root = "src/dashboards";
const componentFile = (path: string) => `${root}/components/pages/${path}Page.ts`;

async function stringsOf(path: string): Promise<PageStrings> {
  const module = (await import(`../../src/dashboards/components/pages/${path}Page.ts`)) as Record<
    string,
    unknown
  >;
  expect(typeof module[`${path}Page`], `${path}Page`).toBe("function");
  const table = module[`${path}Strings`];
  expect(table, `${path}Strings`).toBeTypeOf("object");
  return table as PageStrings;
}

// Letters only Vietnamese uses (with its tone marks): text in them outside a strings table is untranslated.
const vietnamese = /[ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/i;

describe("each dashboard page is written once, with one strings table in both languages", () => {
  it("every page of the page list has its component and strings table, and no .md page lies outside the list", async () => {
    for (const { path } of pageList) {
      expect(existsSync(componentFile(path)), componentFile(path)).toBe(true);
      await stringsOf(path);
    }
    const listed = pageList.map((p) => `${p.path}.md`).sort();
    expect(
      readdirSync(root)
        .filter((f) => f.endsWith(".md"))
        .sort(),
    ).toEqual(listed);
    expect(
      readdirSync(`${root}/en`)
        .filter((f) => f.endsWith(".md"))
        .sort(),
    ).toEqual(listed);
  });

  for (const { path } of pageList) {
    it(`${path}: every string is written in Vietnamese and English, neither empty, the two different, sentences carrying the same figures`, async () => {
      const table = await stringsOf(path);
      expect(Object.keys(table).length).toBeGreaterThan(0);
      for (const [key, { vi, en }] of Object.entries(table)) {
        const where = `${path}Strings.${key}`;
        if (typeof vi === "string" || typeof en === "string") {
          expect(typeof vi, where).toBe("string");
          expect(typeof en, where).toBe("string");
          expect((vi as string).trim(), where).not.toBe("");
          expect((en as string).trim(), where).not.toBe("");
          expect(vi, where).not.toBe(en);
        } else if (typeof vi === "function" || typeof en === "function") {
          // A sentence built from figures: both take the same figures and write every one of them.
          expect(typeof vi, where).toBe("function");
          expect(typeof en, where).toBe("function");
          const viWrite = vi as (...a: string[]) => string;
          const enWrite = en as (...a: string[]) => string;
          expect(viWrite.length, `${where}: number of figures`).toBe(enWrite.length);
          expect(viWrite.length, where).toBeGreaterThan(0);
          const figures = Array.from({ length: viWrite.length }, (_, i) => `⟨${i + 1}⟩`);
          const [viText, enText] = [viWrite(...figures), enWrite(...figures)];
          for (const f of figures) {
            expect(viText, `${where} (vi) writes ${f}`).toContain(f);
            expect(enText, `${where} (en) writes ${f}`).toContain(f);
          }
          const words = (t: string) => figures.reduce((s, f) => s.replaceAll(f, ""), t).trim();
          expect(words(viText), where).not.toBe("");
          expect(words(enText), where).not.toBe("");
          expect(viText, where).not.toBe(enText);
        } else {
          // A table's column headers: the same columns in both, each header in both.
          const viHeaders = vi as Record<string, string>;
          const enHeaders = en as Record<string, string>;
          expect(Object.keys(viHeaders).sort(), where).toEqual(Object.keys(enHeaders).sort());
          for (const column of Object.keys(viHeaders)) {
            expect(viHeaders[column]!.trim(), `${where}.${column}`).not.toBe("");
            expect(enHeaders[column]!.trim(), `${where}.${column}`).not.toBe("");
            expect(viHeaders[column], `${where}.${column}`).not.toBe(enHeaders[column]);
          }
        }
      }
    });

    it(`${path}: the component writes no Vietnamese outside its strings table`, () => {
      const source = readFileSync(componentFile(path), "utf8");
      const start = source.indexOf(`export const ${path}Strings = {`);
      const end = source.indexOf("\n};\n", start);
      expect(start, "strings table").toBeGreaterThan(0);
      expect(end).toBeGreaterThan(start);
      const outside = (source.slice(0, start) + source.slice(end)).split("\n");
      expect(outside.filter((line) => vietnamese.test(line))).toEqual([]);
    });
  }

  it("the .md files are the shells scripts/writePageShells.ts writes (run it after changing the page list)", () => {
    for (const page of pageList) {
      for (const lang of ["vi", "en"] as const) {
        const file = `${root}/${lang === "vi" ? "" : "en/"}${page.path}.md`;
        expect(readFileSync(file, "utf8"), file).toBe(pageShell(page, lang));
        expect(pageShell(page, lang).split("\n").length, file).toBeLessThan(25);
      }
    }
  });

  it("every file a page reads is a data loader's output or an asset of the site", () => {
    const datasets = readFileSync(`${root}/data/site.tar.ts`, "utf8");
    for (const { path, files } of pageList) {
      expect(files, path).toContain("data/site/office.json");
      for (const file of files) {
        const member = /^data\/site\/(\w+)\.json$/.exec(file)?.[1];
        const download = /^data\/site\/(\w+)\.csv$/.exec(file)?.[1];
        if (download) {
          expect(datasets, `${path}: ${file} in site.tar`).toContain(`${download}CsvDataset,`);
        } else if (member) {
          expect(existsSync(`${root}/data/datasets/${member}.ts`), `${path}: ${file}`).toBe(true);
          expect(datasets, `${path}: ${file} in site.tar`).toContain(`${member}Dataset,`);
        } else {
          expect(existsSync(`${root}/${file}`) || existsSync(`${root}/${file}.ts`), `${path}: ${file}`).toBe(
            true,
          );
        }
      }
    }
  });

  it("a shell names each file in a FileAttachment call with a literal path, relative to the shell", () => {
    const page = pageList.find((p) => p.path === "delegations")!;
    expect(pageShell(page, "vi")).toContain('  FileAttachment("./assets/world.json").json(),\n');
    expect(pageShell(page, "en")).toContain('  FileAttachment("../data/site/delegations.json").json(),\n');
    expect(pageShell(page, "en")).toContain(
      ".then(([office, delegations, indicators, world]) => ({office, delegations, indicators, world}));",
    );
    expect(pageShell(page, "en")).toContain("title: Delegations\n");
    const aid = pageList.find((p) => p.path === "aid")!;
    expect(pageShell(aid, "vi")).toContain('  FileAttachment("./data/site/aidProjects.csv").href,\n');
  });

  it("a shell reads its files in a cell with no import (fetched while the module loads) and imports the page's bundle", () => {
    for (const page of pageList) {
      for (const lang of ["vi", "en"] as const) {
        const cells = [...pageShell(page, lang).matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
        expect(cells, `${page.path} ${lang}`).toHaveLength(2);
        expect(cells[0]).not.toContain("import");
        expect(cells[0]!.match(/FileAttachment\(/g)).toHaveLength(page.files.length);
        expect(cells[1]).not.toContain("FileAttachment");
        expect(cells[1]).toContain(
          `import {${page.path}Page} from "${lang === "vi" ? "./" : "../"}components/bundles/${page.path}Page.js";`,
        );
      }
    }
  });
});
