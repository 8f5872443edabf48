import { describe, expect, it } from "vitest";
import { runChecks } from "../../../src/lib/checks/index.ts";
import { storeWith } from "./checkFixtures.ts";

/** Runs the rule over partners with these ids (bound as parameters: a NUL cannot sit in SQL text) and `sql`. */
async function lookAlikes(ids: string[], sql = "") {
  const store = await storeWith(sql);
  for (const id of ids) {
    await store.run("INSERT INTO partners VALUES ($1, 'Partner', NULL, 'locality', 'LA', NULL, NULL)", [id]);
  }
  const findings = await runChecks(store, { asOf: "2020-12-31", rules: ["ids.look_alike"] });
  store.close();
  return findings;
}

describe("ids.look_alike", () => {
  it("names both ids when they differ by case, spacing, a zero-width space, a BOM, a NUL, a non-breaking hyphen or a trailing NBSP", async () => {
    const variants = ["lpb", "L P B", "LPB\u200b", "\ufeffLPB", "LPB\u0000", "KR\u2011GG", "KR-GG\u00a0"];
    const findings = await lookAlikes(["LPB", "KR-GG", ...variants]);
    const keys = findings.map((f) => f.key).sort();
    expect(keys).toEqual(["LPB", "KR-GG", ...variants].map((id) => `partner_id=${id}`).sort());
    const zeroWidth = findings.find((f) => f.key === "partner_id=LPB\u200b")!;
    expect(zeroWidth.severity).toBe("warning");
    expect((JSON.parse(zeroWidth.values["look_alike_ids"] as string) as string[]).sort()).toEqual(
      ["LPB", "L P B", "LPB\u0000", "lpb", "\ufeffLPB"].sort(),
    );
    expect(zeroWidth.message.en).toContain("Id «LPB⟨U+200B⟩» looks the same as");
    expect(zeroWidth.message.en).toContain("«LPB»");
    expect(zeroWidth.message.vi).toContain("Mã «LPB⟨U+200B⟩» trông như");
    const hyphen = findings.find((f) => f.key === "partner_id=KR\u2011GG")!;
    expect(hyphen.message.en).toContain("«KR-GG»");
    expect(hyphen.message.en).toContain("«KR-GG⟨U+00A0⟩»");
  });

  it("matches a decomposed Vietnamese id with its composed form (NFC), but not ids that read differently", async () => {
    const composed = "HĐ-Ấn";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    const findings = await lookAlikes([composed, decomposed, "HD-An", "LPB-1", "LPB-2", "LPB_1"]);
    expect(findings.map((f) => f.key).sort()).toEqual(
      [`partner_id=${composed}`, `partner_id=${decomposed}`].sort(),
    );
  });

  it("matches Cyrillic, Greek and full-width letters that read as Latin ones (the skeleton the import refuses by), naming them by code point", async () => {
    const cyrillic = "\u0420-\u0410U-EMB";
    const fullWidth = "\uff30-AU-EMB";
    const findings = await lookAlikes(["P-AU-EMB", cyrillic, fullWidth, "P-AU-EMB2"]);
    expect(findings.map((f) => f.key).sort()).toEqual(
      ["P-AU-EMB", cyrillic, fullWidth].map((id) => `partner_id=${id}`).sort(),
    );
    const c = findings.find((f) => f.key === `partner_id=${cyrillic}`)!;
    expect(c.message.en).toContain("Id «⟨U+0420⟩-⟨U+0410⟩U-EMB» looks the same as");
    expect(c.message.en).toContain("«P-AU-EMB»");
  });

  it("compares ids within one table only", async () => {
    const findings = await lookAlikes(
      ["X1"],
      `INSERT INTO ngos VALUES ('x1', 'NGO', 'KR', NULL, NULL, NULL);`,
    );
    expect(findings).toEqual([]);
  });
});
