import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { indicatorById, listIndicators } from "../../../src/lib/indicators/index.ts";
import { indicatorSpecs } from "../../../src/lib/indicators/registry.ts";
import { renderIndicatorDocs } from "../../../src/lib/indicators/renderIndicatorDocs.ts";

// docs/conventions.md §4, in its order
const domainIds = [
  "delegations.inbound",
  "delegations.outbound",
  "delegations.person_trips",
  "delegations.in_plan_rate",
  "delegations.cost",
  "investment.promotion_trips",
  "investment.contacts",
  "investment.registered",
  "investment.registered_capital_usd",
  "investment.conversion_rate",
  "aid.ngos_licensed",
  "aid.projects_approved",
  "aid.committed_usd",
  "aid.disbursed_usd",
  "aid.disbursement_rate",
  "agreements.active",
  "agreements.signed",
  "agreements.reported_on_time_rate",
  "agreements.follow_through",
  "agreements.on_time_rate",
  "agreements.dormant",
  "plan.approval_delay_days",
  "budget.reception_utilisation",
  "consular.cases",
];

describe("registry", () => {
  it("lists every indicator of docs/conventions.md §4 once, in its order", () => {
    expect(listIndicators().map((d) => d.id)).toEqual(domainIds);
    expect(indicatorById("aid.committed_usd")?.unit).toBe("USD");
    expect(indicatorById("nope")).toBeUndefined();
  });

  it("has one file per indicator in defs/, named after its id", () => {
    const files = readdirSync(new URL("../../../src/lib/indicators/defs/", import.meta.url)).sort();
    expect(files).toEqual(domainIds.map((id) => `${id}.ts`).sort());
  });

  it("marks as good-when-down exactly the indicators docs/conventions.md marks (down)", () => {
    expect(
      listIndicators()
        .filter((d) => d.direction === "down")
        .map((d) => d.id),
    ).toEqual(["agreements.dormant", "plan.approval_delay_days"]);
  });

  it("allows only dimensions its scan can compute, and labels everything in both languages", () => {
    for (const spec of indicatorSpecs) {
      for (const dim of spec.dimensions)
        expect(Object.keys(spec.scan.dims), `${spec.id} ${dim}`).toContain(dim);
      for (const text of [spec.label, spec.definition, spec.periodRule]) {
        expect(text.vi.length, spec.id).toBeGreaterThan(0);
        expect(text.en.length, spec.id).toBeGreaterThan(0);
      }
    }
  });

  it("docs/indicators.md is what renderIndicatorDocs() writes (npx tsx src/lib/indicators/writeDocs.ts)", () => {
    const path = new URL("../../../docs/indicators.md", import.meta.url);
    const changed = new URL("../../../docs/indicators.md-changed", import.meta.url);
    const expected = renderIndicatorDocs();
    const actual = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (actual !== expected) writeFileSync(changed, expected);
    else if (existsSync(changed)) rmSync(changed);
    expect(actual === expected, "docs/indicators.md is out of date: see docs/indicators.md-changed").toBe(
      true,
    );
    for (const id of domainIds) expect(actual).toContain(`## \`${id}\``);
  });
});
