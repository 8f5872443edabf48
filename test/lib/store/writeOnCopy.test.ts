import { spawnSync } from "node:child_process";
import { lstatSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { importFiles } from "../../../src/lib/import/importFiles.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { writeAtomically } from "../../../src/lib/store/writeAtomically.ts";
import { tempDir, validFolder } from "../../helpers/fixtures.ts";

const cli = new URL("../../../src/cli/main.ts", import.meta.url).pathname;

async function count(store: Store, table: string): Promise<number> {
  const [r] = await store.all<{ n: bigint }>(`SELECT count(*) AS n FROM ${table}`);
  return Number(r!.n);
}

async function withRates(): Promise<{ dir: string; path: string }> {
  const dir = tempDir();
  const path = join(dir, "office.duckdb");
  const store = await openStore({ path });
  await importFiles(store, [join(validFolder, "exchange_rates.csv")]);
  store.close();
  return { dir, path };
}

describe("a write on a copy of the database file", () => {
  it("that fails leaves the file byte for byte as it was and no copy beside it, and the store reads on", async () => {
    const { dir, path } = await withRates();
    const before = readFileSync(path);
    const store = await openStore({ path });
    await expect(
      writeAtomically(store, async () => {
        await store.run("DELETE FROM exchange_rates");
        expect(await count(store, "exchange_rates")).toBe(0);
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await count(store, "exchange_rates")).toBe(4);
    expect(readdirSync(dir).sort()).toEqual(["office.duckdb"]);
    store.close();
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it("that succeeds replaces the file, leaves no copy or log, and the same store reads and writes the new rows", async () => {
    const { dir, path } = await withRates();
    const store = await openStore({ path });
    const old = store.connection;
    await writeAtomically(store, () => store.run("DELETE FROM exchange_rates WHERE currency = 'USD'"));
    expect(store.connection).not.toBe(old);
    const left = await count(store, "exchange_rates");
    expect(left).toBeLessThan(4);
    expect(readdirSync(dir).sort()).toEqual(["office.duckdb"]);
    // the store goes on writing (in a plain transaction) after the swap
    await store.transaction(() => store.run("DELETE FROM exchange_rates"));
    store.close();
    const again = await openStore({ path, readOnly: true });
    expect(await count(again, "exchange_rates")).toBe(0);
    again.close();
  });

  it("keeps the file locked: another process that opens it meanwhile is told it is in use (exit 4)", async () => {
    const { path } = await withRates();
    const store = await openStore({ path });
    let other: { status: number | null; stderr: string } = { status: null, stderr: "" };
    await writeAtomically(store, async () => {
      await store.run("DELETE FROM exchange_rates");
      const r = spawnSync(process.execPath, ["--import", "tsx", cli, "undo", "--db", path, "--lang", "en"], {
        encoding: "utf8",
      });
      other = { status: r.status, stderr: r.stderr };
    });
    store.close();
    expect(other.status, other.stderr).toBe(exitCodes.database);
    expect(other.stderr).toContain("is in use by another process");
    const again = await openStore({ path });
    expect(await count(again, "exchange_rates")).toBe(0);
    again.close();
  }, 60_000);

  it("left behind by a killed run is removed when the database is next opened for writing, not when it is read", async () => {
    const { dir, path } = await withRates();
    writeFileSync(`${path}.copy-999999-1`, "half a copy");
    writeFileSync(`${path}.copy-999999-1.wal`, "its log");
    writeFileSync(join(dir, "other.duckdb.copy-1-1"), "another database's");
    (await openStore({ path, readOnly: true })).close();
    expect(readdirSync(dir)).toHaveLength(4);
    const store = await openStore({ path });
    expect(await count(store, "exchange_rates")).toBe(4);
    store.close();
    expect(readdirSync(dir).sort()).toEqual(["office.duckdb", "other.duckdb.copy-1-1"]);
  });

  it("through a link to the database replaces the file the link points to and keeps the link", async () => {
    const { dir, path } = await withRates();
    const link = join(tempDir(), "link.duckdb");
    symlinkSync(path, link);
    const store = await openStore({ path: link });
    await writeAtomically(store, () => store.run("DELETE FROM exchange_rates"));
    store.close();
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["office.duckdb"]);
    const again = await openStore({ path, readOnly: true });
    expect(await count(again, "exchange_rates")).toBe(0);
    again.close();
  });

  it("is not made for an in-memory database nor for a dry run", async () => {
    const memory = await openStore({ path: ":memory:" });
    expect(memory.atomically).toBeUndefined();
    memory.close();
    const { dir, path } = await withRates();
    const store = await openStore({ path });
    const connection = store.connection;
    const summary = await importFiles(store, [join(validFolder, "exchange_rates.csv")], { dryRun: true });
    expect(summary.written).toBe(false);
    expect(store.connection).toBe(connection);
    expect(readdirSync(dir).sort()).toEqual(["office.duckdb"]);
    store.close();
  });
});
