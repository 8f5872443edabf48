import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DoingoaiError } from "../../../src/lib/DoingoaiError.ts";
import { readOfficeNotes } from "../../../src/lib/report/officeNotes.ts";
import { reportDocument } from "../../../src/lib/report/index.ts";
import type { ReviewData } from "../../../src/lib/report/ReviewData.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { runCli } from "../../helpers/runCli.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { fineReview } from "./proposals/reviewFixture.ts";

const notesYaml = `
narrative:
  delegations:
    vi: Đoàn của Tỉnh ủy thăm Luông Pha Băng mở ra chương trình hợp tác giáo dục.
    en: The Party committee's visit to Luang Prabang opened an education programme.
  overall: Năm bản lề của kế hoạch 5 năm.
causes:
  plan_late:
    vi: chờ ý kiến của Bộ Ngoại giao về hai đoàn cấp cao.
    en: waiting for the Ministry's opinion on two high-level visits.
events:
  - on: 2019-09-02
    section: consular
    text: { vi: Hỗ trợ 12 công dân gặp nạn tại Hàn Quốc., en: Helped 12 citizens in distress in Korea. }
requests:
  - to: central
    text: { vi: Đề nghị Bộ Ngoại giao tập huấn về thỏa thuận quốc tế., en: Ask the Ministry for training on international agreements. }
`;

function textOf(data: ReviewData, lang: "vi" | "en"): string {
  return reportDocument(data, lang)
    .blocks.map((b) =>
      b.kind === "table" ? b.rows.flat().join(" ") : b.kind === "list" ? b.items.join("\n") : b.text,
    )
    .join("\n");
}

describe("the office's notes (report --notes)", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("doingoai-notes-");
  });

  it("each note lands in its section, marked as the office's own words, in both languages", () => {
    const file = join(dir, "notes.yaml");
    writeFileSync(file, notesYaml);
    const notes = readOfficeNotes(file);
    const data = {
      ...fineReview({ "plan.approval_delay_days": 4 }),
      notes,
      proposals: [],
    } as ReviewData;
    data.plan = { ...data.plan!, approved_on: "2030-01-04" };
    data.proposals = [
      {
        id: "plan_late",
        indicator: "plan.approval_delay_days",
        value: 4,
        threshold: 0,
        finding: { vi: "Kế hoạch chậm 4 ngày.", en: "The plan was 4 days late." },
        proposal: { vi: "Phê duyệt đúng hạn.", en: "Approve on time." },
      },
    ];
    const doc = reportDocument(data, "vi");
    const at = (needle: string) => doc.blocks.findIndex((b) => JSON.stringify(b).includes(needle));
    // the delegations narrative sits after its heading and before the next section's
    const h = (text: string) => doc.blocks.findIndex((b) => b.kind === "heading" && b.text === text);
    expect(at("Luông Pha Băng mở ra")).toBeGreaterThan(h("1. Đoàn ra, đoàn vào"));
    expect(at("Luông Pha Băng mở ra")).toBeLessThan(h("2. Xúc tiến đầu tư"));
    expect(at("02/09/2019: Hỗ trợ 12 công dân")).toBeGreaterThan(h("5. Công tác lãnh sự"));
    expect(at("02/09/2019: Hỗ trợ 12 công dân")).toBeLessThan(h("6. Kế hoạch và kinh phí"));
    const vi = textOf(data, "vi");
    expect(vi).toContain(
      "Ý kiến của cơ quan: Đoàn của Tỉnh ủy thăm Luông Pha Băng mở ra chương trình hợp tác giáo dục.",
    );
    expect(vi).toContain(
      "Nguyên nhân: chờ ý kiến của Bộ Ngoại giao về hai đoàn cấp cao. (Ý kiến của cơ quan)",
    );
    expect(vi).toContain("Đề nghị Bộ Ngoại giao tập huấn về thỏa thuận quốc tế. (Ý kiến của cơ quan)");
    // one string serves both languages
    expect(textOf(data, "en")).toContain("The office's note: Năm bản lề của kế hoạch 5 năm.");
    expect(textOf(data, "en")).toContain(
      "Ask the Ministry for training on international agreements. (The office's note)",
    );
  });

  it("a wrong field is refused with exit code 3, naming the field in Vietnamese and English", () => {
    const file = join(dir, "bad.yaml");
    writeFileSync(file, "events:\n  - on: 02/09/2019\n    section: consular\n    text: x\nnarative: {}\n");
    let error: unknown;
    try {
      readOfficeNotes(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DoingoaiError);
    const e = error as DoingoaiError;
    expect(e.exitCode).toBe(3);
    expect(e.text.vi).toContain("trường events[0].on");
    expect(e.text.en).toContain("field events[0].on: expected a date yyyy-mm-dd");
    expect(e.text.vi).toContain("trường events[0].on: cần một ngày có thật dạng yyyy-mm-dd");
    expect(e.text.en).toContain("narative");
  });

  it("a missing file is exit code 5", () => {
    expect(() => readOfficeNotes(join(dir, "none.yaml"))).toThrow(DoingoaiError);
    try {
      readOfficeNotes(join(dir, "none.yaml"));
    } catch (e) {
      expect((e as DoingoaiError).exitCode).toBe(5);
    }
  });

  it("doingoai report --notes merges the file into the sample's 2019 report; a bad file exits 3", async () => {
    const db = join(dir, "sample.duckdb");
    const store = await openStore({ path: db });
    await loadSample(store);
    store.close();
    const file = join(dir, "notes-cli.yaml");
    writeFileSync(file, notesYaml);
    const ok = await runCli([
      "report",
      "--year",
      "2019",
      "--format",
      "md",
      "--out",
      "-",
      "--notes",
      file,
      "--db",
      db,
    ]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toContain("Nguyên nhân: kế hoạch được phê duyệt muộn");
    expect(ok.stdout).toContain("chờ ý kiến của Bộ Ngoại giao về hai đoàn cấp cao. (Ý kiến của cơ quan)");
    const bad = join(dir, "bad-cli.yaml");
    writeFileSync(bad, "requests:\n  - to: ministry\n    text: x\n");
    const refused = await runCli([
      "report",
      "--year",
      "2019",
      "--format",
      "md",
      "--out",
      "-",
      "--notes",
      bad,
      "--db",
      db,
    ]);
    expect(refused.code).toBe(3);
    expect(refused.stderr).toContain("requests[0].to");
  });
});
