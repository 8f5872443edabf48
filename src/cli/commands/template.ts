import { usageError } from "../usageError.ts";
import { existsSync } from "node:fs";
import { exitCodes } from "../../lib/DoingoaiError.ts";
import type { TemplateFormat } from "../../lib/io/writeTemplate.ts";
import type { OfficeProfile } from "../../data/officeProfile.ts";
import type { Command } from "../Command.ts";

/** The office profile of the office's database, when it exists (never the sample's): the template's `office` sheet carries it. */
async function officeOf(path: string): Promise<OfficeProfile | null> {
  if (path === ":memory:" || !existsSync(path)) return null;
  const { openStore } = await import("../../lib/store/openStore.ts");
  const { getOfficeProfile } = await import("../../lib/office/officeProfileStore.ts");
  // A database that cannot be read here (in use, older schema) only costs the prefilled office row.
  const store = await openStore({ path, readOnly: true }).catch(() => null);
  if (store === null) return null;
  try {
    return await getOfficeProfile(store);
  } finally {
    store.close();
  }
}

const formats: readonly TemplateFormat[] = ["xlsx", "csv"];

export const templateCommand: Command = {
  name: "template",
  summary: {
    vi: "Tạo mẫu nhập liệu trống (XLSX hoặc CSV) có hướng dẫn",
    en: "Write an empty data-entry template (XLSX or CSV) with a guide",
  },
  usage: "doingoai template DIR [--format xlsx|csv]",
  help: {
    vi: `Ghi vào thư mục DIR (tạo nếu chưa có) một mẫu nhập liệu trống:
  xlsx (mặc định): tệp doingoai-template.xlsx, trang đầu "huong_dan" giải thích từng bảng và cột, sau đó mỗi bảng một trang tính mang đúng tên bảng; tiêu đề dạng "Mã đối tác (partner_id)" có ghi chú, cột liệt kê có danh sách chọn.
  csv: mỗi bảng một tệp <bảng>.csv (UTF-8 có BOM, chỉ có dòng tiêu đề) và tệp README.txt hướng dẫn.
Điền dữ liệu rồi nhập bằng: doingoai import DIR/doingoai-template.xlsx

Tùy chọn:
  --format xlsx|csv   định dạng mẫu (mặc định xlsx)`,
    en: `Writes an empty data-entry template into DIR (created if needed):
  xlsx (default): doingoai-template.xlsx, a first sheet "huong_dan" explaining each table and column, then one sheet per table named exactly as the table; headers such as "Partner id (partner_id)" carry notes, enum columns have dropdown lists.
  csv: one <table>.csv per table (UTF-8 with BOM, header row only) and a README.txt guide.
Fill it in, then import with: doingoai import DIR/doingoai-template.xlsx

Options:
  --format xlsx|csv   template format (default xlsx)`,
  },
  options: { format: { type: "string" } },
  async run(ctx) {
    const [dir, ...extra] = ctx.positionals;
    const format = ctx.values["format"] ?? "xlsx";
    if (dir === undefined || extra.length > 0 || !formats.includes(format as TemplateFormat)) {
      throw usageError(
        "Cần đúng một thư mục, và --format là xlsx hoặc csv. Xem doingoai template --help.",
        "Give exactly one folder, and --format xlsx or csv. See doingoai template --help.",
      );
    }
    const { writeTemplate } = await import("../../lib/io/writeTemplate.ts");
    const { resolveDbPath } = await import("../../lib/store/openStore.ts");
    const office = await officeOf(resolveDbPath(ctx.db));
    const files = await writeTemplate(dir, { format: format as TemplateFormat, lang: ctx.lang, office });
    ctx.stdout.write(
      (ctx.lang === "vi" ? "Đã ghi mẫu nhập liệu:\n" : "Template written:\n") +
        files.map((f) => `  ${f}\n`).join(""),
    );
    return exitCodes.ok;
  },
};
