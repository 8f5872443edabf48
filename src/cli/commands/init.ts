import { existsSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import { isSampleDatabase } from "../../lib/sample/sampleMarker.ts";
import { latestVersion } from "../../lib/store/migrations.ts";
import { openStore, resolveDbPath } from "../../lib/store/openStore.ts";
import type { Command } from "../Command.ts";

export const initCommand: Command = {
  name: "init",
  summary: {
    vi: "Tạo cơ sở dữ liệu (trống) của cơ quan",
    en: "Create the office's (empty) database",
  },
  usage: "doingoai init [--db PATH]",
  help: {
    vi: `Tạo cơ sở dữ liệu của cơ quan (--db, DOINGOAI_DB hoặc ./data/doingoai.duckdb): trống, đủ mọi bảng, phiên bản lược đồ mới nhất. Từ đó npm start hiển thị dữ liệu của cơ quan (các trang ghi "không có dữ liệu" cho đến khi nhập), không còn dữ liệu mẫu. Cơ sở dữ liệu đã có thì được giữ nguyên (chỉ nâng cấp lược đồ nếu cần).

Tiếp theo: doingoai office set … (tỉnh, cơ quan chủ trì, người ký), doingoai template, doingoai import.

Mã thoát: 0 đã tạo hoặc đã có; 4 tệp không mở được hoặc là cơ sở dữ liệu mẫu.`,
    en: `Creates the office's database (--db, DOINGOAI_DB or ./data/doingoai.duckdb): empty, every table, the latest schema version. From then on npm start shows the office's data (pages say "no data" until an import), not the sample. An existing database is kept as it is (its schema upgraded if needed).

Next: doingoai office set … (province, lead agency, signer), doingoai template, doingoai import.

Exit codes: 0 created or already there; 4 the file cannot be opened or is a sample database.`,
  },
  options: {},
  async run(ctx) {
    if (ctx.positionals.length > 0) {
      throw new DoingoaiError(
        {
          vi: `lệnh init không nhận tham số «${ctx.positionals.join(" ")}»; dùng --db PATH`,
          en: `init takes no argument «${ctx.positionals.join(" ")}»; use --db PATH`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    const path = resolveDbPath(ctx.db);
    const existed = path !== ":memory:" && existsSync(path);
    const store = await openStore({ path });
    try {
      if (await isSampleDatabase(store)) {
        throw new DoingoaiError(
          {
            vi: `${path} là cơ sở dữ liệu mẫu, không dùng làm cơ sở dữ liệu của cơ quan. Hãy chọn tệp khác bằng --db.`,
            en: `${path} is a sample database, not one for the office. Choose another file with --db.`,
          },
          { exitCode: exitCodes.database },
        );
      }
    } finally {
      store.close();
    }
    ctx.stdout.write(
      ctx.lang === "vi"
        ? `${existed ? "Đã có" : "Đã tạo"} cơ sở dữ liệu của cơ quan: ${path} (lược đồ phiên bản ${latestVersion}).\n`
        : `${existed ? "The office's database is already there" : "Created the office's database"}: ${path} (schema version ${latestVersion}).\n`,
    );
    return exitCodes.ok;
  },
};
