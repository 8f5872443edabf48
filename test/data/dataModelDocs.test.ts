import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { entities } from "../../src/data/entities.ts";
import { renderDataModelDocs } from "../../src/data/renderDataModelDocs.ts";

describe("docs/data-model.md", () => {
  it("is what renderDataModelDocs() writes from the schemas (npx tsx src/lib/docs/writeDataModelDocs.ts)", () => {
    const path = new URL("../../docs/data-model.md", import.meta.url);
    const changed = new URL("../../docs/data-model.md-changed", import.meta.url);
    const expected = renderDataModelDocs();
    const actual = existsSync(path) ? readFileSync(path, "utf8") : "";
    if (actual !== expected) writeFileSync(changed, expected);
    else if (existsSync(changed)) rmSync(changed);
    expect(actual === expected, "docs/data-model.md is out of date: see docs/data-model.md-changed").toBe(
      true,
    );
  });

  it("lists every table with its key, and every column with its Vietnamese header, whether it is required, and its allowed values and references", () => {
    const text = renderDataModelDocs();
    for (const entity of entities) {
      expect(text).toContain(`## ${entity.name}\n`);
      const section = text.split(`## ${entity.name}\n`)[1]!.split("\n## ")[0]!;
      expect(section).toContain(`Khóa / key: ${entity.key.map((k) => `\`${k}\``).join(" + ")}`);
      for (const c of entity.columns) {
        const line = section
          .split("\n")
          .find((l) => l.startsWith(`| \`${c.name}\` | ${c.vi.replace(/\|/g, "\\|")} |`));
        expect(line, `${entity.name}.${c.name}`).toBeDefined();
        expect(line!.split(" | ")[2], `${entity.name}.${c.name} required`).toBe(c.required ? "✓" : "");
        for (const v of c.values ?? []) expect(line, `${entity.name}.${c.name}`).toContain(`\`${v}\``);
        if (c.ref) expect(line, `${entity.name}.${c.name}`).toContain(`→ \`${c.ref}\``);
      }
    }
    // hand-checked against the data contract
    expect(text).toContain("| `direction` | chiều | ✓ |");
    expect(text).toContain("`inbound`, `outbound`");
    expect(text).toContain("| `partner_id` | mã đối tác | ✓ | mã / id | → `partners`");
  });
});
