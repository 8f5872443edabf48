import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { entities } from "../../../src/data/entities.ts";
import { DoingoaiError, exitCodes } from "../../../src/lib/DoingoaiError.ts";
import { latestVersion } from "../../../src/lib/store/migrations.ts";
import { openStore } from "../../../src/lib/store/openStore.ts";
import { sqlType } from "../../../src/lib/store/sqlTypes.ts";
import { tempDir } from "../../helpers/fixtures.ts";

async function openError(path: string): Promise<DoingoaiError> {
  try {
    const store = await openStore({ path });
    store.close();
  } catch (error) {
    if (error instanceof DoingoaiError) return error;
    throw error;
  }
  throw new Error("expected openStore to fail");
}

describe("openStore", () => {
  it("creates a new database whose tables match the entity schemas column for column", async () => {
    const path = join(tempDir(), "new.duckdb");
    const store = await openStore({ path });
    for (const e of entities) {
      const cols = await store.all<{ column_name: string; data_type: string; is_nullable: string }>(
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = $1 ORDER BY ordinal_position",
        [e.name],
      );
      expect(cols.map((c) => [c.column_name, c.data_type, c.is_nullable === "YES"])).toEqual(
        e.columns.map((c) => [c.name, sqlType(c), !c.required]),
      );
    }
    const [v] = await store.all<{ value: string }>(
      "SELECT value FROM doingoai_meta WHERE key = 'schema_version'",
    );
    expect(Number(v!.value)).toBe(latestVersion);
    store.close();
    // reopening keeps the data and does not migrate twice
    const again = await openStore({ path });
    expect(await again.all("SELECT * FROM doingoai_meta ORDER BY key")).toHaveLength(2);
    again.close();
  });

  it("refuses a DuckDB file that belongs to another application, and says so in both languages", async () => {
    const path = join(tempDir(), "other.duckdb");
    const instance = await DuckDBInstance.create(path);
    const c = await instance.connect();
    await c.run("CREATE TABLE customers (id INTEGER)");
    c.closeSync();
    instance.closeSync();
    const error = await openError(path);
    expect(error.exitCode).toBe(exitCodes.database);
    expect(error.text.vi).toContain("không phải của doingoai");
    expect(error.text.en).toContain("not a doingoai one");
  });

  it("refuses a file that is not a database at all", async () => {
    const path = join(tempDir(), "notes.duckdb");
    writeFileSync(path, "Báo cáo tổng kết năm 2019\n".repeat(500));
    const error = await openError(path);
    expect(error.exitCode).toBe(exitCodes.database);
    expect(error.text.vi).toContain("không phải là cơ sở dữ liệu doingoai");
  });

  it("explains, without a stack trace, that another process holds the file", async () => {
    const path = join(tempDir(), "locked.duckdb");
    (await openStore({ path })).close();
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import { openStore } from ${JSON.stringify(new URL("../../../src/lib/store/openStore.ts", import.meta.url).pathname)};
         await openStore({ path: ${JSON.stringify(path)} }); console.log("holding"); setTimeout(() => {}, 60000);`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on("data", (d: Buffer) => d.toString().includes("holding") && resolve());
        holder.on("exit", (code) => reject(new Error(`holder exited ${code}`)));
      });
      const error = await openError(path);
      expect(error.exitCode).toBe(exitCodes.database);
      expect(error.text.vi).toContain("đang được một tiến trình khác sử dụng");
      expect(error.text.en).toContain("in use by another process");
      expect(error.text.en).toContain(`PID ${holder.pid}`);
    } finally {
      holder.kill("SIGKILL");
    }
  });
});
