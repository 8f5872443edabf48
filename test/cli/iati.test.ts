import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../../src/lib/import/importFiles.ts";
import { openStore } from "../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../helpers/fixtures.ts";
import { runCli as run } from "../helpers/runCli.ts";

const fixtures = new URL("../fixtures/iati/compare/", import.meta.url).pathname;
const donors = ["koica-activities.xml", "jica-activities.xml", "plan-activities.xml"].map((f) =>
  join(fixtures, "donors", f),
);

async function databaseOf(folder: string): Promise<string> {
  const db = join(tempDir("doingoai-cli-iati-"), "db.duckdb");
  const store = await openStore({ path: db });
  try {
    await importFiles(store, [folder]);
  } finally {
    store.close();
  }
  return db;
}

describe("doingoai iati compare", () => {
  let db: string;
  beforeAll(async () => {
    db = await databaseOf(join(fixtures, "office"));
  }, 60_000);

  it("prints the summary, one row per planted difference with both values, and the tolerances, in Vietnamese", async () => {
    const r = await run(["iati", "compare", ...donors, "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "Đã đọc 9 hoạt động từ 3 tệp; so sánh 6 (bỏ qua 1 không ở Việt Nam, 2 ở tỉnh khác); ghép 5 dự án (3 theo mã IATI, 2 theo quy tắc); 6 chênh lệch.",
    );
    const rows = r.stdout.split("\n").filter((l) => /^(P-|—\s)/.test(l));
    expect(rows).toHaveLength(6);
    expect(rows[0]).toMatch(
      /^P-JP-1\s+XM-DAC-701-8-1800123\s+mã IATI\s+cam kết\s+số tiền khác\s+20\/08\/2018 · 12\.000\.000 JPY\s+20\/08\/2018 · 13\.200\.000 JPY$/,
    );
    expect(rows[2]).toMatch(
      /P-KR-2 .* quy tắc .* ngày khác .*15\/03\/2020 · 300\.000\.000 KRW\s+15\/04\/2020 · 300\.000\.000 KRW$/,
    );
    expect(r.stdout).toContain("Dung sai: số tiền 0,5%, ngày 7 ngày");
  });

  it("speaks English with --lang en", async () => {
    const r = await run(["iati", "compare", ...donors, "--db", db, "--lang", "en"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("paired 5 projects (3 by IATI id, 2 by rule); 6 differences.");
    expect(r.stdout).toMatch(
      /P-PLAN-1 .* rule .* not in the office's records .*15\/08\/2021 · 75,000\.00 USD$/m,
    );
  });

  it("writes the differences as JSON and as CSV with ISO dates and plain numbers", async () => {
    const json = await run(["iati", "compare", ...donors, "--db", db, "--format", "json"]);
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.stdout) as { differences: { kind: string }[]; matches: unknown[] };
    expect(parsed.differences.map((d) => d.kind)).toEqual([
      "amount_differs",
      "missing_in_donor",
      "date_differs",
      "missing_in_office",
      "missing_in_donor",
      "missing_in_office",
    ]);
    expect(parsed.matches).toHaveLength(5);
    const csv = await run(["iati", "compare", ...donors, "--db", db, "--format", "csv"]);
    expect(csv.code).toBe(0);
    const lines = csv.stdout
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe(
      "project_id,iati_identifier,matched_by,subject,kind,office_date,office_amount,office_currency,donor_date,donor_amount,donor_currency,file,line",
    );
    expect(lines).toHaveLength(7);
    expect(lines[3]).toBe(
      `P-KR-2,KR-GOV-010-2020-0107,rule,disbursement,date_differs,2020-03-15,300000000,KRW,2020-04-15,300000000,KRW,${donors[0]},97`,
    );
    expect(csv.stderr).toContain("6 chênh lệch");
  });

  it("refuses a bad format, tolerance or missing file list with exit code 2, in both languages", async () => {
    for (const args of [
      ["iati", "compare"],
      ["iati", "import", donors[0]!],
      ["iati", "compare", donors[0]!, "--format", "xml"],
      ["iati", "compare", donors[0]!, "--amount-tolerance", "5%"],
      ["iati", "compare", donors[0]!, "--date-tolerance", "-1"],
    ]) {
      const r = await run([...args, "--db", db]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.split("\n").filter((l) => l !== "").length).toBeGreaterThanOrEqual(2);
    }
    const tol = await run(["iati", "compare", donors[0]!, "--amount-tolerance", "5%", "--db", db]);
    expect(tol.stderr).toContain("--amount-tolerance: giá trị không hợp lệ «5%»");
    expect(tol.stderr).toContain("--amount-tolerance: invalid value «5%»");
  });

  it("reports a file that cannot be read with exit code 5 and broken XML with exit code 3", async () => {
    const missing = await run(["iati", "compare", join(fixtures, "none.xml"), "--db", db]);
    expect(missing.code).toBe(5);
    expect(missing.stderr).toContain("none.xml");
    const broken = await run(["iati", "compare", join(fixtures, "office", "ngos.csv"), "--db", db]);
    expect(broken.code).toBe(3);
    expect(broken.stderr).toContain("không phải XML hợp lệ");
    expect(broken.stderr).toContain("not well-formed XML");
  });
});

describe("doingoai export --format iati", () => {
  it("writes iati-activities.xml, counts activities and transactions, and warns when no office profile is stored", async () => {
    const db = await databaseOf(validFolder);
    const dir = tempDir("doingoai-cli-iati-out-");
    const r = await run(["export", dir, "--format", "iati", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      "IATI 2 hoạt động, 2 cam kết, 2 giải ngân; tổ chức báo cáo VN-DOINGOAI-OFFICE",
    );
    expect(r.stderr).toContain("chưa có hồ sơ cơ quan");
    const xml = readFileSync(join(dir, "iati-activities.xml"), "utf8");
    expect(xml).toContain("<iati-identifier>VN-DOINGOAI-OFFICE-P1</iati-identifier>");
  });

  it("uses --iati-org-ref for the reporting organisation and refuses it with another format (exit 2)", async () => {
    const db = await databaseOf(join(fixtures, "office"));
    const dir = tempDir("doingoai-cli-iati-out-");
    const r = await run(["export", dir, "--format", "iati", "--iati-org-ref", "XI-IATI-TNG", "--db", db]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const xml = readFileSync(join(dir, "iati-activities.xml"), "utf8");
    expect(xml).toContain('<reporting-org ref="XI-IATI-TNG" type="11">');
    expect(xml).toContain("<iati-identifier>XI-IATI-TNG-P-KR-1</iati-identifier>");
    expect(xml).toContain('activity-id="KR-GOV-010-2019-0042"');
    const wrong = await run(["export", tempDir(), "--format", "csv", "--iati-org-ref", "XI-IATI-TNG"]);
    expect(wrong.code).toBe(2);
    const spaced = await run(["export", tempDir(), "--format", "iati", "--iati-org-ref", "XI IATI"]);
    expect(spaced.code).toBe(2);
    expect(existsSync(join(dir, ".iati-activities.xml.tmp"))).toBe(false);
  });
});
