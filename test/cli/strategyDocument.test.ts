import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { loadStrategyFile } from "../../src/dashboards/data/datasets/loadStrategyFile.ts";
import { buildReviewData } from "../../src/lib/report/buildReviewData.ts";
import { listAdoptedStrategies, loadAdoptedStrategy } from "../../src/lib/planning/adoptedStrategy.ts";
import { loadSample } from "../../src/lib/sample/loadSample.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir } from "../helpers/fixtures.ts";
import ExcelJS from "exceljs";
import { draftStrategy } from "../../src/lib/planning/draftStrategy.ts";
import { strategyToWorkbook } from "../../src/lib/planning/strategyToWorkbook.ts";
import { workbookToStrategy } from "../../src/lib/planning/workbookToStrategy.ts";
import { buildStrategyDocument } from "../../src/lib/report/strategyDocument/buildStrategyDocument.ts";
import { runCli } from "../helpers/runCli.ts";

const samplePath = new URL("../../src/data/sample/strategy-2026-2030.yaml", import.meta.url).pathname;
const sections = {
  vi: [
    "I. TÌNH HÌNH THỰC HIỆN GIAI ĐOẠN 2021–2025",
    "II. QUAN ĐIỂM VÀ MỤC TIÊU",
    "III. CÁC CHỈ TIÊU CHỦ YẾU",
    "IV. NHIỆM VỤ VÀ GIẢI PHÁP",
    "V. LỘ TRÌNH THỰC HIỆN",
    "VI. CHƯƠNG TRÌNH HỢP TÁC THEO THỎA THUẬN",
    "VII. KINH PHÍ THỰC HIỆN",
    "VIII. TỔ CHỨC THỰC HIỆN VÀ THEO DÕI, ĐÁNH GIÁ",
  ],
  en: [
    "I. THE SITUATION IN 2021–2025",
    "II. VIEWPOINTS AND OBJECTIVES",
    "III. MAIN TARGETS",
    "IV. TASKS AND SOLUTIONS",
    "V. ROADMAP",
    "VI. MOU PROGRAMMES",
    "VII. FUNDING",
    "VIII. ORGANISATION OF IMPLEMENTATION, MONITORING AND EVALUATION",
  ],
};
const targetIds = ["T1.1", "T1.2", "T1.3", "T1.4", "T2.1", "T2.2", "T2.3", "T3.1", "T3.2"];

let dir: string;
let db: string;
beforeAll(async () => {
  dir = tempDir("doingoai-strategy-doc-");
  db = join(dir, "sample.duckdb");
  const store = await openStore({ path: db });
  await loadSample(store);
  store.close();
}, 120_000);

/** The sample strategy with every part the office writes filled in. */
function complete(): string {
  const s = parse(readFileSync(samplePath, "utf8")) as Record<string, unknown> & {
    goals: { tasks?: unknown; solutions?: unknown }[];
    programmes: { lead_unit?: string }[];
  };
  for (const g of s.goals) {
    g.tasks ??= [{ vi: "Nhiệm vụ", en: "A task" }];
    g.solutions ??= [{ vi: "Giải pháp", en: "A solution" }];
  }
  for (const p of s.programmes) p.lead_unit ??= "Sở Ngoại vụ";
  const path = join(dir, "complete.yaml");
  writeFileSync(path, stringify(s));
  return path;
}

describe("a drafted strategy (strategy draft) through the workbook", () => {
  it("YAML → xlsx → YAML keeps the draft's reasoning, feasibility and placeholders as fields", async () => {
    const store = await openStore({ path: db, readOnly: true });
    let drafted;
    try {
      drafted = await draftStrategy(store, { from: 2026, to: 2030, asOf: "2026-01-15" });
    } finally {
      store.close();
    }
    const targets = drafted.goals.flatMap((g) => g.objectives.flatMap((o) => o.targets));
    expect(targets.some((t) => t.reasoning !== undefined && t.feasibility !== undefined)).toBe(true);
    const bytes = await strategyToWorkbook(drafted).xlsx.writeBuffer();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes);
    const back = workbookToStrategy(book, "draft.xlsx");
    if (!back.ok) throw new Error(back.problems.map((p) => p.text.en).join("\n"));
    expect(back.strategy).toEqual(drafted);
    // and its document shows the feasibility the draft computed
    const doc = await (async () => {
      const s = await openStore({ path: db, readOnly: true });
      try {
        return await buildStrategyDocument(s, drafted, { lang: "en", date: "2026-01-15" });
      } finally {
        s.close();
      }
    })();
    const table = doc.blocks.find((b) => b.kind === "table" && b.head[0] === "Id");
    const first = targets[0]!;
    expect(table?.kind === "table" && table.rows[0]!.at(-1)).toContain(
      `${Math.round(first.feasibility!.probability * 100)}%`,
    );
  }, 120_000);
});

describe("strategy check --final", () => {
  it("refuses the sample (exit 3) listing each part the office has not written, and passes it once written", async () => {
    const gaps = await runCli(["strategy", "check", samplePath, "--final", "--db", db]);
    expect(gaps.code).toBe(3);
    expect(gaps.stderr).toContain("goals[2].tasks: mục tiêu G3 chưa có nhiệm vụ");
    expect(gaps.stderr).toContain("goals[2].solutions: goal G3 has no solutions yet");
    expect(gaps.stderr).toContain("programmes[1].lead_unit: programme AG-LA-HPH-2021 has no lead unit yet");
    expect(gaps.stderr).toContain("6 lỗi");
    expect((await runCli(["strategy", "check", samplePath, "--db", db])).code).toBe(0);
    const done = await runCli(["strategy", "check", complete(), "--final", "--db", db]);
    expect(done.code, done.stderr).toBe(0);
  });
});

describe("strategy adopt", () => {
  it("stores each adoption as a new version; progress, the review and the dashboards use the latest; DOINGOAI_STRATEGY overrides", async () => {
    const copy = join(dir, "adopt.duckdb");
    writeFileSync(copy, readFileSync(db));
    const first = await runCli(["strategy", "adopt", samplePath, "--db", copy]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("phiên bản 1");
    const second = await runCli(["strategy", "adopt", complete(), "--db", copy, "--lang", "en"]);
    expect(second.stdout).toContain("version 2");
    const store = await openStore({ path: copy, readOnly: true });
    try {
      expect((await listAdoptedStrategies(store)).map((v) => [v.version, v.source])).toEqual([
        [2, join(dir, "complete.yaml")],
        [1, samplePath],
      ]);
      const latest = await loadAdoptedStrategy(store);
      expect(latest?.strategy.programmes[1]?.lead_unit).toBe("Sở Ngoại vụ");
      expect(
        (await loadAdoptedStrategy(store, { version: 1 }))?.strategy.programmes[1]?.lead_unit,
      ).toBeUndefined();
      // the review (year 2026 is in the plan period) and the dashboards read the adopted strategy
      const review = await buildReviewData(store, { year: 2026 });
      expect(review.strategy.file).toBe(`adopted v2 (${join(dir, "complete.yaml")})`);
      expect((await loadStrategyFile(store))?.file).toBe(`adopted v2 (${join(dir, "complete.yaml")})`);
      process.env["DOINGOAI_STRATEGY"] = samplePath;
      try {
        expect((await loadStrategyFile(store))?.file).toBe(samplePath);
      } finally {
        delete process.env["DOINGOAI_STRATEGY"];
      }
    } finally {
      store.close();
    }
    const progress = await runCli([
      "strategy",
      "progress",
      "--db",
      copy,
      "--as-of",
      "2026-01-15",
      "--format",
      "json",
    ]);
    expect(progress.code, progress.stderr).toBe(0);
    expect(JSON.parse(progress.stdout).targets).toHaveLength(targetIds.length);
  });

  it("a file with errors is not adopted (exit 3), and progress without a file on a database with none adopted exits 3", async () => {
    const bad = join(dir, "bad.yaml");
    writeFileSync(
      bad,
      readFileSync(samplePath, "utf8").replace(
        "indicator: delegations.inbound",
        "indicator: delegations.inbund",
      ),
    );
    const copy = join(dir, "none.duckdb");
    writeFileSync(copy, readFileSync(db));
    const refused = await runCli(["strategy", "adopt", bad, "--db", copy]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("delegations.inbund");
    const progress = await runCli(["strategy", "progress", "--db", copy]);
    expect(progress.code).toBe(3);
    expect(progress.stderr).toContain("has no adopted strategy");
  });
});

describe("strategy document", () => {
  it("md: every section I–VIII, the targets table, figures written beside it, placeholders where the office has not written", async () => {
    const out = join(dir, "plan.md");
    const r = await runCli([
      "strategy",
      "document",
      samplePath,
      "--format",
      "md",
      "--out",
      out,
      "--db",
      db,
      "--date",
      "2026-01-15",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out, "utf8");
    for (const s of sections.vi) expect(md).toContain(`## ${s}`);
    expect(md).toContain("# KẾ HOẠCH");
    expect(md).toContain("Thái Nguyên, ngày 15 tháng 01 năm 2026");
    for (const id of targetIds) expect(md).toMatch(new RegExp(`^\\| ${id.replace(".", "\\.")} \\|`, "m"));
    // G3 has no tasks or solutions in the sample
    expect(
      md.match(/\*\[để cơ quan soạn \/ to be written by the office\]\*/g)?.length,
    ).toBeGreaterThanOrEqual(2);
    for (const f of ["situation-delegations", "situation-aid", "roadmap-gantt", "budget"]) {
      expect(md).toContain(`](plan-${f}.png)`);
      expect(
        readFileSync(join(dir, `plan-${f}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe("PNG");
    }
  });

  it("html in English: every section, four inline SVG charts, no external resource", async () => {
    const out = join(dir, "plan.html");
    const r = await runCli([
      "strategy",
      "document",
      samplePath,
      "--format",
      "html",
      "--out",
      out,
      "--db",
      db,
      "--lang",
      "en",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, "utf8");
    for (const s of sections.en) expect(html).toContain(`<h2>${s}</h2>`);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(4);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).toContain("<h1>PLAN</h1>");
  });

  it("docx renders through LibreOffice to an A4 PDF with every section, the targets table and the four charts", async () => {
    const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
    if (soffice === undefined || !existsSync("/usr/bin/pdftotext")) {
      console.warn(
        "SKIPPED: LibreOffice (soffice) or poppler (pdftotext) is not installed; the PDF was not checked",
      );
      return;
    }
    const out = join(dir, "plan.docx");
    const r = await runCli([
      "strategy",
      "document",
      samplePath,
      "--format",
      "docx",
      "--out",
      out,
      "--db",
      db,
      "--date",
      "2026-01-15",
    ]);
    expect(r.code, r.stderr).toBe(0);
    const conv = spawnSync(
      soffice,
      ["--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", "pdf", "--outdir", dir, out],
      {
        encoding: "utf8",
      },
    );
    expect(conv.status, conv.stderr).toBe(0);
    const pdf = join(dir, "plan.pdf");
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    for (const s of sections.vi) expect(text).toContain(s);
    // the targets table: every target's row with its id, baseline and 2030 value on one line
    expect(text).toMatch(/T1\.1\s+Đoàn vào — Lào\s+19 \(2025\)\s+20,2\s+21,4\s+22,6\s+23,8\s+25/);
    expect(text).toMatch(
      /T2\.3\s+Giá trị viện trợ cam kết\s+6,20 \(2025\)\s+6,60\s+7,03\s+7,49\s+7,98\s+8,50/,
    );
    for (const id of targetIds) expect(text).toContain(id);
    for (const n of [1, 2, 3, 4]) expect(text).toContain(`Hình ${n}.`);
    const images = spawnSync("pdfimages", ["-list", pdf], { encoding: "utf8" })
      .stdout.trim()
      .split("\n")
      .slice(2);
    expect(images.length).toBeGreaterThanOrEqual(4);
  }, 120_000);
});
