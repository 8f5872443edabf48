import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DoingoaiError, exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { compareIati } from "../../../src/lib/iati/compareIati.ts";
import { exportIati, iatiActivitiesFileName } from "../../../src/lib/iati/exportIati.ts";
import { readIatiActivities, type IatiActivity } from "../../../src/lib/iati/readIatiActivities.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

const schema = new URL("../../fixtures/iati/schema/iati-activities-schema.xsd", import.meta.url).pathname;
const xmllint = spawnSync("xmllint", ["--version"]).status === 0;
if (!xmllint) {
  console.warn(
    "\n*** xmllint is missing (Debian package libxml2-utils): the IATI schema validation tests are SKIPPED. .ci/run installs it. ***\n",
  );
}

/** xmllint's verdict on `file` against the official IATI 2.03 schema kept in test/fixtures/iati/schema. */
function validate(file: string): { ok: boolean; output: string } {
  const r = spawnSync("xmllint", ["--noout", "--schema", schema, file], { encoding: "utf8" });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

async function readAll(file: string): Promise<IatiActivity[]> {
  const out: IatiActivity[] = [];
  for await (const a of readIatiActivities(file)) out.push(a);
  return out;
}

const at = new Date("2026-06-30T08:00:00Z");

describe("IATI export of the sample", () => {
  let store: Store;
  let file: string;
  let activities: IatiActivity[];
  beforeAll(async () => {
    store = await openStore({ path: join(tempDir("doingoai-iati-"), "sample.duckdb") });
    await loadSample(store);
    // two projects get the new optional columns, one with characters XML must escape
    await store.run(
      `UPDATE aid_projects SET title_en = 'Safe water & sanitation <phase 2> for "Võ Nhai"', iati_identifier = 'KR-GOV-010-2019-0042'
       WHERE project_id = (SELECT min(project_id) FROM aid_projects)`,
    );
    await store.run(
      `UPDATE aid_projects SET title_en = 'Second project in English'
       WHERE project_id = (SELECT max(project_id) FROM aid_projects)`,
    );
    const dir = tempDir("doingoai-iati-out-");
    const summary = await exportIati(store, dir, { generatedAt: at });
    file = summary.file;
    expect(file).toBe(join(dir, iatiActivitiesFileName));
    expect(readdirSync(dir)).toEqual([iatiActivitiesFileName]);
    activities = await readAll(file);
  }, 120_000);
  afterAll(() => store?.close());

  it.skipIf(!xmllint)("validates against the official IATI 2.03 schema with xmllint", () => {
    const r = validate(file);
    expect(r.output).toContain("validates");
    expect(r.ok, r.output).toBe(true);
  });

  it("writes one activity per aid project, identified by the reporting office's ref and the project id", async () => {
    const [n] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM aid_projects");
    expect(activities).toHaveLength(Number(n!.n));
    expect(Number(n!.n)).toBeGreaterThan(100);
    const first = activities[0]!;
    expect(first.identifier).toMatch(/^VN-DOINGOAI-thai-nguyen-sngv-/);
    expect(first.reportingOrg.ref).toBe("VN-DOINGOAI-thai-nguyen-sngv");
    expect(first.reportingOrg.names.map((x) => x.text)).toEqual([
      "Sở Ngoại vụ tỉnh Thái Nguyên",
      "Department of Foreign Affairs, Thái Nguyên province",
    ]);
    for (const a of activities) expect(a.recipientCountries).toEqual(["VN"]);
  });

  it("sums the commitment transactions (type 2) per currency to the aid projects' committed amounts", async () => {
    const expected = await store.all<{ currency: string; total: number; n: bigint }>(
      "SELECT currency, sum(committed_amount) AS total, count(*) AS n FROM aid_projects GROUP BY currency ORDER BY currency",
    );
    const got = new Map<string, { total: number; n: number }>();
    for (const a of activities) {
      for (const t of a.transactions.filter((t) => t.type === "2")) {
        const g = got.get(t.currency!) ?? { total: 0, n: 0 };
        got.set(t.currency!, { total: g.total + t.amount, n: g.n + 1 });
      }
    }
    expect(expected.length).toBeGreaterThanOrEqual(4); // USD, EUR, JPY, KRW… in the sample
    expect([...got.keys()].sort()).toEqual(expected.map((e) => e.currency));
    for (const e of expected) {
      expect(got.get(e.currency)!.n).toBe(Number(e.n));
      expect(got.get(e.currency)!.total).toBeCloseTo(e.total, 2);
    }
  });

  it("sums the disbursement transactions (type 3) per currency to aid_disbursements, each at its own date", async () => {
    const expected = await store.all<{ currency: string; total: number; n: bigint }>(
      "SELECT currency, sum(amount) AS total, count(*) AS n FROM aid_disbursements GROUP BY currency ORDER BY currency",
    );
    const got = new Map<string, { total: number; n: number }>();
    for (const a of activities) {
      for (const t of a.transactions.filter((t) => t.type === "3")) {
        expect(t.date).toBe(t.valueDate);
        const g = got.get(t.currency!) ?? { total: 0, n: 0 };
        got.set(t.currency!, { total: g.total + t.amount, n: g.n + 1 });
      }
    }
    expect([...got.keys()].sort()).toEqual(expected.map((e) => e.currency));
    for (const e of expected) {
      expect(got.get(e.currency)!.n).toBe(Number(e.n));
      expect(got.get(e.currency)!.total).toBeCloseTo(e.total, 2);
    }
  });

  it("writes the English title where title_en is filled, escaped, and the donor's identifier as the funder's activity-id", async () => {
    const [first] = await store.all<{ project_id: string; title: string }>(
      "SELECT project_id, title FROM aid_projects ORDER BY project_id LIMIT 1",
    );
    const a = activities.find((x) => x.identifier.endsWith(`-${first!.project_id}`))!;
    expect(a.titles).toEqual([
      { lang: "vi", text: first!.title },
      { lang: "en", text: 'Safe water & sanitation <phase 2> for "Võ Nhai"' },
    ]);
    const funder = a.participatingOrgs.find((o) => o.role === "1")!;
    expect(funder.activityId).toBe("KR-GOV-010-2019-0042");
    expect(a.participatingOrgs.map((o) => o.role).sort()).toEqual(["1", "2", "4"]);
    expect(readFileSync(file, "utf8")).toContain(
      "Safe water &amp; sanitation &lt;phase 2&gt; for &quot;Võ Nhai&quot;",
    );
    const withoutEn = activities.filter((x) => x.titles.length === 1);
    expect(withoutEn.length).toBe(activities.length - 2);
  });

  it("read back by iati compare against the database it came from, pairs every project by rule and finds no difference, except the one recorded with another identifier", async () => {
    const c = await compareIati(store, [file]);
    expect(c.activitiesRead).toBe(activities.length);
    // the first project carries a donor's iati_identifier, which the file (the office's own) does not hold:
    // a project with an identifier is paired by it only, so both sides stand alone
    const [first] = await store.all<{ project_id: string }>(
      "SELECT min(project_id) AS project_id FROM aid_projects",
    );
    expect(c.matches).toHaveLength(activities.length - 1);
    expect(
      c.matches.every((m) => m.matchedBy === "rule" && m.iatiIdentifier.endsWith(`-${m.projectId}`)),
    ).toBe(true);
    expect(c.differences.map((d) => [d.projectId, d.iatiIdentifier, d.subject, d.kind])).toEqual([
      [first!.project_id, "KR-GOV-010-2019-0042", "activity", "missing_in_donor"],
      [null, `VN-DOINGOAI-thai-nguyen-sngv-${first!.project_id}`, "activity", "missing_in_office"],
    ]);
  });

  it("maps the project's status and dates to IATI codes: a completed project has actual start and end", async () => {
    const rows = await store.all<{ project_id: string; status: string; start_on: string; end_on: string }>(
      `SELECT project_id, status, CAST(start_on AS VARCHAR) AS start_on, CAST(end_on AS VARCHAR) AS end_on
       FROM aid_projects WHERE start_on IS NOT NULL AND end_on IS NOT NULL ORDER BY project_id`,
    );
    const codes = { approved: "1", ongoing: "2", completed: "4", cancelled: "5", revoked: "5" } as const;
    const completed = rows.find((r) => r.status === "completed")!;
    expect(completed).toBeDefined();
    for (const r of rows) {
      const a = activities.find((x) => x.identifier.endsWith(`-${r.project_id}`))!;
      expect(a.status).toBe(codes[r.status as keyof typeof codes]);
    }
    const a = activities.find((x) => x.identifier.endsWith(`-${completed.project_id}`))!;
    expect(a.dates).toEqual([
      { type: "1", date: completed.start_on },
      { type: "2", date: completed.start_on },
      { type: "3", date: completed.end_on },
      { type: "4", date: completed.end_on },
    ]);
  });
});

describe("IATI export without an office profile", () => {
  it("names the reporting office neutrally, leaves out the accountable organisation, and still validates", async () => {
    const store = await openStore({ path: ":memory:" });
    try {
      await importFiles(store, [validFolder]);
      const dir = tempDir("doingoai-iati-out-");
      const s = await exportIati(store, dir, { generatedAt: at, reportingOrgRef: "XI-EXAMPLE-1" });
      expect(s).toMatchObject({ activities: 2, commitments: 2, disbursements: 2, hasProfile: false });
      const [p1, p2] = await readAll(s.file);
      expect(p1!.identifier).toBe("XI-EXAMPLE-1-P1");
      expect(p1!.reportingOrg.names[0]!.text).toBe("[cơ quan chủ trì] tỉnh [tên tỉnh]");
      expect(p1!.participatingOrgs.map((o) => o.role)).toEqual(["1", "4"]);
      // P1's disbursements: one in USD, one in VND, each in its own currency
      expect(p1!.transactions.map((t) => [t.type, t.date, t.amount, t.currency])).toEqual([
        ["2", "2019-04-15", 250000, "USD"],
        ["3", "2019-07-01", 50000, "USD"],
        ["3", "2020-01-01", 1000000000, "VND"],
      ]);
      // P2 has no start date: the approval date stands as planned start
      expect(p2!.dates).toEqual([{ type: "1", date: "2019-06-20" }]);
      expect(p2!.transactions[0]!.amount).toBe(100000.5);
      if (xmllint) expect(validate(s.file).ok, validate(s.file).output).toBe(true);
    } finally {
      store.close();
    }
  });

  it("refuses a database without aid projects (exit 3) and leaves no file", async () => {
    const store = await openStore({ path: ":memory:" });
    const dir = tempDir("doingoai-iati-out-");
    try {
      const error = await exportIati(store, dir).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DoingoaiError);
      expect((error as DoingoaiError).exitCode).toBe(exitCodes.invalidData);
      expect((error as DoingoaiError).text.en).toContain("aid_projects is empty");
      expect(existsSync(join(dir, iatiActivitiesFileName))).toBe(false);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      store.close();
    }
  });
});
