// The guide's §8 and the strategy page without a strategy teach what the code
// does: draft, check and adopt a strategy (the strategy stored in the database),
// not --strategy FILE or DOINGOAI_STRATEGY. Each `doingoai strategy <sub>` they
// name is checked against the CLI's own usage, and run where it can be.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ui } from "../../src/dashboards/components/labels.ts";
import { strategyCommand } from "../../src/cli/commands/strategy.ts";
import { createVariantDatabase } from "../helpers/databaseVariants.ts";
import { tempDir } from "../helpers/fixtures.ts";
import { runCli } from "../helpers/runCli.ts";

const guide = readFileSync(new URL("../../docs/huong-dan-su-dung.md", import.meta.url), "utf8");
const section8 = guide.slice(guide.indexOf("## 8."), guide.indexOf("## 9."));

/** The sub-commands of `doingoai strategy` a text names. */
const subcommandsIn = (text: string) => [...text.matchAll(/doingoai strategy (\w+)/g)].map((m) => m[1]!);

/** The sub-commands the CLI's usage of `strategy` offers. */
const offered = new Set(subcommandsIn(strategyCommand.usage));

describe("the strategy is drafted and adopted, in the guide and on the page as in the code", () => {
  it("the CLI offers strategy draft, check and adopt (the check can fail)", () => {
    expect([...offered]).toEqual(expect.arrayContaining(["draft", "check", "adopt"]));
    expect(offered.has("nonsense")).toBe(false);
  });

  it("§8 of the Vietnamese guide teaches strategy draft, check and adopt, each a command the CLI offers, and neither --strategy nor DOINGOAI_STRATEGY", () => {
    expect(section8).toMatch(/^## 8\. /);
    const named = subcommandsIn(section8);
    expect(named).toEqual(expect.arrayContaining(["draft", "check", "adopt"]));
    for (const sub of named) expect(offered.has(sub), `strategy ${sub}`).toBe(true);
    expect(section8).not.toMatch(/DOINGOAI_STRATEGY|--strategy/);
  });

  it.each(["vi", "en"] as const)(
    "the strategy page without a strategy (%s) tells the user to draft and adopt one, with commands the CLI offers, not DOINGOAI_STRATEGY",
    (lang) => {
      const text = ui.noStrategy[lang];
      expect(subcommandsIn(text)).toEqual(expect.arrayContaining(["draft", "adopt"]));
      for (const sub of subcommandsIn(text)) expect(offered.has(sub), `strategy ${sub}`).toBe(true);
      expect(text).not.toMatch(/DOINGOAI_STRATEGY/);
    },
  );

  it("the guide's three commands run as written on an office database: the draft is checked and adopted, and progress then reads the adopted version", async () => {
    const dir = tempDir();
    const db = join(dir, "office.duckdb");
    await createVariantDatabase(db, "early");
    const commands = [...section8.matchAll(/^npx doingoai (strategy .+?)\s{2,}#/gm)].map((m) =>
      m[1]!.trim().split(/\s+/),
    );
    expect(commands.map((c) => c[1])).toEqual(["draft", "check", "adopt"]);
    for (const args of commands) {
      // the guide drafts 2026–2030; this database ends in 2012, so the drafting date moves with it
      const run = await runCli(
        [...args.map((a) => (a.endsWith(".yaml") ? join(dir, a) : a)), "--db", db].concat(
          args[1] === "draft" ? ["--as-of", "2025-06-30"] : [],
        ),
      );
      expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0);
    }
    const progress = await runCli(["strategy", "progress", "--db", db, "--as-of", "2027-01-31"]);
    expect(progress.code, progress.stderr).toBe(0);
  });
});
