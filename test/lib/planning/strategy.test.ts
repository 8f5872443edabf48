import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listIndicators } from "../../../src/lib/indicators/registry.ts";
import { checkStrategy, findCycles } from "../../../src/data/planning/checkStrategy.ts";
import { loadAgreementFacts } from "../../../src/lib/planning/loadAgreementFacts.ts";
import { parseStrategy, type Strategy } from "../../../src/data/planning/strategy.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { runCli } from "../../helpers/runCli.ts";

const samplePath = new URL("../../../src/data/sample/strategy-2026-2030.yaml", import.meta.url).pathname;
const sampleText = readFileSync(samplePath, "utf8");

function sample(): Strategy {
  const r = parseStrategy(sampleText, samplePath);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.strategy;
}

const minimal = (extra: string) => `plan_period: "2026-2030"
title: { vi: Chiến lược, en: Strategy }
goals:
  - id: G1
    title: { vi: Mục tiêu, en: Goal }
    objectives:
      - id: O1
        title: { vi: Nhiệm vụ, en: Objective }
        targets:
${extra}`;

describe("strategy file schema", () => {
  it("the sample 2026–2030 strategy parses and has no problem against the indicator registry", () => {
    const s = sample();
    expect(s.plan_period).toBe("2026-2030");
    expect(s.goals.length).toBe(3);
    expect(checkStrategy(s, { indicators: listIndicators() })).toEqual([]);
  });

  it("reads the same strategy from JSON", () => {
    const r = parseStrategy(JSON.stringify(sample()), "s.json");
    expect(r.ok && r.strategy).toEqual(sample());
  });

  it("a wrong field type names its path, in Vietnamese and English, with the value", () => {
    const r = parseStrategy(
      minimal(`          - indicator: delegations.inbound
            direction: sideways
            baseline: { period: "2025", value: 3 }
            end: 5
`),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    const p = r.problems[0]!;
    expect(p.path).toBe("goals[0].objectives[0].targets[0].direction");
    expect(p.text.vi).toContain("goals[0].objectives[0].targets[0].direction: ");
    expect(p.text.vi).toContain('"up"|"down"');
    expect(p.text.vi).toContain('"sideways"');
    expect(p.text.en).toMatch(/Invalid option: expected one of "up"\|"down" \("sideways"\)/);
  });

  it("a target with both yearly and end (or neither) is refused with a bilingual reason", () => {
    const r = parseStrategy(
      minimal(`          - indicator: delegations.inbound
            direction: up
            baseline: { period: "2025", value: 3 }
            end: 5
            yearly: { 2026: 4 }
          - indicator: delegations.inbound
            direction: up
            baseline: { period: "2025", value: 3 }
`),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path)).toEqual([
      "goals[0].objectives[0].targets[0]",
      "goals[0].objectives[0].targets[1]",
    ]);
    expect(r.problems[0]!.text.vi).toContain("yearly");
    expect(r.problems[0]!.text.en).toContain("either yearly");
  });

  it("unknown keys, bad dates and a missing title are each reported at their path", () => {
    const r = parseStrategy(`plan_period: "2026-2030"
title: { vi: A }
goals:
  - id: G1
    title: { vi: a, en: a }
    objectives: [{ id: O1, title: { vi: b, en: b } }]
roadmap:
  - { id: M1, title: { vi: c, en: c }, owner: X, due: "2026-02-30", colour: red }
`);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.path).sort()).toEqual(["roadmap[0]", "roadmap[0].due", "title.en"]);
  });

  it("a YAML syntax error is one problem with the file name", () => {
    const r = parseStrategy("goals: [\n", "x.yaml");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.text.en).toMatch(/^x\.yaml: cannot read YAML/);
  });
});

describe("checkStrategy", () => {
  const ids = listIndicators().map((i) => i.id);

  it("an unknown indicator is an error that suggests the closest id", () => {
    const s = sample();
    s.goals[0]!.objectives[0]!.targets[0]!.indicator = "delegation.inbound";
    const problems = checkStrategy(s, { indicatorIds: ids });
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe("goals[0].objectives[0].targets[0].indicator");
    expect(problems[0]!.text.en).toContain(
      'unknown indicator: "delegation.inbound" (did you mean "delegations.inbound"?)',
    );
    expect(problems[0]!.text.vi).toContain("chỉ tiêu không tồn tại");
  });

  it("a yearly target outside the plan period is an error", () => {
    const s = sample();
    s.goals[0]!.objectives[0]!.targets[1]!.yearly = { "2026": 1, "2031": 3 };
    const problems = checkStrategy(s, { indicatorIds: ids });
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ["error", "goals[0].objectives[0].targets[1].yearly.2031"],
    ]);
  });

  it("a split on a dimension the indicator lacks is an error; a direction against the registry is a warning", () => {
    const s = sample();
    s.goals[2]!.objectives[0]!.targets[0]!.where = { country: "LA" };
    s.goals[2]!.objectives[0]!.targets[0]!.direction = "up";
    const problems = checkStrategy(s, { indicators: listIndicators() });
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ["error", "goals[2].objectives[0].targets[0].where.country"],
      ["warning", "goals[2].objectives[0].targets[0].direction"],
    ]);
  });

  it("names a dependency cycle", () => {
    const s = sample();
    // M1 → (nothing); make M1 depend on M3, and M3 depends on M2, M2 on M1
    s.roadmap[0]!.depends_on = ["M3"];
    const cycles = checkStrategy(s, { indicatorIds: ids }).filter((p) => p.text.en.includes("cycle"));
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.text.en).toBe("roadmap[0].depends_on: dependency cycle: M1 → M3 → M2 → M1");
    expect(cycles[0]!.text.vi).toBe("roadmap[0].depends_on: vòng phụ thuộc: M1 → M3 → M2 → M1");
  });

  it("findCycles reports a self-dependency and each cycle once", () => {
    expect(findCycles([{ id: "A", depends_on: ["A"] }])).toEqual([["A", "A"]]);
    expect(
      findCycles([
        { id: "A", depends_on: ["B"] },
        { id: "B", depends_on: ["A"] },
        { id: "C", depends_on: ["A"] },
      ]),
    ).toEqual([["A", "B", "A"]]);
  });

  it("a milestone due after the plan ends and an unknown dependency are errors", () => {
    const s = sample();
    s.roadmap[6]!.due = "2031-03-31";
    s.roadmap[1]!.depends_on = ["M1", "M99"];
    const problems = checkStrategy(s, { indicatorIds: ids });
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ["error", "roadmap[1].depends_on[1]"],
      ["error", "roadmap[6].due"],
    ]);
    expect(problems[1]!.text.en).toBe(
      "roadmap[6].due: milestone M7 is due 2031-03-31, after the plan period ends (2030-12-31)",
    );
  });

  it("checks programmes against the agreements in the data: unknown agreement, inactive agreement, foreign activity", () => {
    const s = sample();
    s.programmes[1]!.activities.push("ACT-9");
    const problems = checkStrategy(s, {
      indicatorIds: ids,
      agreements: [
        { agreement_id: "AG-LA-LPB-2022", status: "active", activityIds: [] },
        { agreement_id: "AG-LA-HPH-2021", status: "expired", activityIds: [] },
        { agreement_id: "AG-KR-GB-2023", status: "active", activityIds: ["ACT-9"] },
        { agreement_id: "AG-JP-SAI-2024", status: "active", activityIds: [] },
      ],
    });
    expect(problems.map((p) => [p.severity, p.path])).toEqual([
      ["warning", "programmes[1].agreement_id"],
      ["error", "programmes[1].activities[1]"],
      ["error", "programmes[4].agreement_id"],
    ]);
    expect(problems[2]!.text.en).toContain('agreement not in the data: "AG-CN-BS-2025"');
  });

  it("loads agreements and their activities from a store", async () => {
    const store = await openStore({ path: ":memory:" });
    try {
      await store.run(
        `INSERT INTO partners (partner_id, name, kind, country) VALUES ('P1', 'Luang Prabang', 'locality', 'LA')`,
      );
      await store.run(`INSERT INTO agreements (agreement_id, title, partner_id, kind, signed_on, status)
        VALUES ('A1', 'MOU', 'P1', 'mou', DATE '2022-10-14', 'active'), ('A2', 'Old', 'P1', 'mou', DATE '2015-01-01', 'expired')`);
      await store.run(`INSERT INTO agreement_activities (activity_id, agreement_id, title, due_on, status)
        VALUES ('X2', 'A1', 'b', DATE '2024-01-01', 'planned'), ('X1', 'A1', 'a', DATE '2023-01-01', 'done')`);
      expect(await loadAgreementFacts(store)).toEqual([
        { agreement_id: "A1", status: "active", activityIds: ["X1", "X2"] },
        { agreement_id: "A2", status: "expired", activityIds: [] },
      ]);
    } finally {
      store.close();
    }
  });
});

describe("doingoai strategy check", () => {
  it("passes the sample with exit code 0", async () => {
    const r = await runCli(["strategy", "check", samplePath, "--db", join(tempDir(), "none.duckdb")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("0 lỗi, 0 cảnh báo");
  });

  it("a typo'd indicator id gets a bilingual message and exit code 3", async () => {
    const file = join(tempDir(), "bad.yaml");
    writeFileSync(file, sampleText.replace("indicator: aid.committed_usd", "indicator: aid.commited_usd"));
    const vi = await runCli(["strategy", "check", file, "--db", join(tempDir(), "none.duckdb")]);
    expect(vi.code).toBe(3);
    expect(vi.stderr).toContain(
      'goals[1].objectives[1].targets[0].indicator: chỉ tiêu không tồn tại: "aid.commited_usd" (có phải "aid.committed_usd"?)',
    );
    const en = await runCli([
      "strategy",
      "check",
      file,
      "--lang",
      "en",
      "--db",
      join(tempDir(), "none.duckdb"),
    ]);
    expect(en.stderr).toContain('unknown indicator: "aid.commited_usd" (did you mean "aid.committed_usd"?)');
  });

  it("strategy progress prints every target with the status rule; on an empty database all is no data", async () => {
    const db = join(tempDir(), "empty.duckdb");
    (await openStore({ path: db })).close();
    const r = await runCli([
      "strategy",
      "progress",
      samplePath,
      "--as-of",
      "2026-06-30",
      "--db",
      db,
      "--lang",
      "en",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Progress of the 2026-2030 strategy at 30/06/2026");
    for (const id of ["T1.1", "T1.2", "T1.3", "T1.4", "T2.1", "T2.2", "T2.3", "T3.1", "T3.2"])
      expect(r.stdout).toContain(id);
    expect(r.stdout).toContain("no data");
    expect(r.stdout).toContain("at risk when short by at most 10% of the path value");
    // M1 (in progress, due 30/06/2026) is not late on its due date; M2 waits on M1
    expect(r.stdout).toMatch(/M1 .*30\/06\/2026 +in progress/);
    expect(r.stdout).toMatch(/M2 .*planned +M1/);
    const json = await runCli([
      "strategy",
      "progress",
      samplePath,
      "--as-of",
      "2026-06-30",
      "--db",
      db,
      "--format",
      "json",
      "--at-risk",
      "0.2",
    ]);
    expect((JSON.parse(json.stdout) as { thresholds: { atRisk: number } }).thresholds.atRisk).toBe(0.2);
  });

  it("a missing file is exit code 5; a missing sub-command is a usage error", async () => {
    expect((await runCli(["strategy", "check", "/nonexistent/x.yaml"])).code).toBe(5);
    expect((await runCli(["strategy"])).code).toBe(2);
  });
});
