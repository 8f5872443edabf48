import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

const rows = 300_000;
const cli = new URL("../../../src/cli/main.ts", import.meta.url).pathname;

function bigCsv(path: string): void {
  const lines = ["delegation_id,direction,start_on,end_on,country,level,purpose,members,in_plan,cost"];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, "0");
    lines.push(
      `BIG${i},inbound,${day}/03/2019,${day}/03/2019,LA,department,cooperation,${(i % 9) + 1},true,${1000 * i}`,
    );
  }
  writeFileSync(path, lines.join("\n") + "\n");
}

/** Runs `doingoai import` in its own process and SIGKILLs it once stderr shows `phase`, plus `delayMs`. */
function importAndKill(db: string, file: string, phase: RegExp, delayMs: number): Promise<string> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", cli, "import", file, "--db", db, "--progress", "--lang", "en"],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let seen = "";
  return new Promise((resolve, reject) => {
    child.stderr.on("data", (d: Buffer) => {
      seen += d.toString();
      if (phase.test(seen)) setTimeout(() => child.kill("SIGKILL"), delayMs);
    });
    child.on("error", reject);
    child.on("exit", (_code, signal) => resolve(`${signal ?? "exited"}\n${seen}`));
  });
}

describe("an import killed with SIGKILL", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    bigCsv(join(dir, "delegations.csv"));
  });

  it.each([
    ["while checking", /checking/, 0],
    ["as writing starts", /writing/, 0],
    ["during the write", /writing/, 150],
  ])("%s leaves a database that opens with all or none of the import", async (_name, phase, delay) => {
    const db = join(tempDir(), "kill.duckdb");
    const setup = await openStore({ path: db });
    await importFiles(setup, [join(validFolder, "exchange_rates.csv")]);
    setup.close();

    const outcome = await importAndKill(db, join(dir, "delegations.csv"), phase, delay);
    // the process really died by the signal, before it could finish
    expect(outcome.split("\n")[0]).toBe("SIGKILL");
    const store = await openStore({ path: db });
    const [r] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM delegations");
    const n = Number(r!.n);
    expect([0, rows], outcome).toContain(n);
    const [rates] = await store.all<{ n: bigint }>("SELECT count(*) AS n FROM exchange_rates");
    expect(Number(rates!.n)).toBe(4);
    store.close();
  });
});
