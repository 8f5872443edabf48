import { existsSync } from "node:fs";
import {
  officeProfileFields,
  type OfficeProfile,
  type OfficeProfileInput,
} from "../../data/officeProfile.ts";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import { getOfficeProfile, setOfficeProfile } from "../../lib/office/officeProfileStore.ts";
import { openStore, resolveDbPath } from "../../lib/store/openStore.ts";
import type { Command, CommandContext } from "../Command.ts";

/** The profile's fields as command-line options: `signer_title` → `--signer-title`; recipients one `--recipient` each. */
const optionOf = (field: string) => (field === "recipients" ? "recipient" : field.replace(/_/g, "-"));

function showProfile(profile: OfficeProfile, ctx: CommandContext): string {
  return officeProfileFields
    .map((f) => {
      const value = profile[f.name];
      const text = Array.isArray(value) ? value.join("; ") : (value ?? "—");
      return `${ctx.lang === "vi" ? f.vi : f.en} (${f.name}): ${text}`;
    })
    .join("\n");
}

async function run(ctx: CommandContext): Promise<number> {
  const [action, ...extra] = ctx.positionals;
  if ((action !== "show" && action !== "set") || extra.length > 0) {
    throw new DoingoaiError(
      {
        vi: `cần «office show» hoặc «office set --province … --agency … --agency-code …», nhận được «${ctx.positionals.join(" ")}»`,
        en: `expected «office show» or «office set --province … --agency … --agency-code …», got «${ctx.positionals.join(" ")}»`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  const officeId = typeof ctx.values["office-id"] === "string" ? ctx.values["office-id"] : undefined;
  if (action === "show") {
    const path = resolveDbPath(ctx.db, { reading: true });
    if (path !== ":memory:" && !existsSync(path)) {
      throw new DoingoaiError(
        {
          vi: `Chưa có cơ sở dữ liệu ${path}. Hãy tạo bằng doingoai init.`,
          en: `No database at ${path}. Create it with doingoai init.`,
        },
        { exitCode: exitCodes.database },
      );
    }
    const store = await openStore({ path, readOnly: true });
    try {
      const profile = await getOfficeProfile(store, officeId === undefined ? {} : { officeId });
      if (profile === null) {
        ctx.stdout.write(
          ctx.lang === "vi"
            ? `Chưa có hồ sơ cơ quan trong ${path}: báo cáo và trang dùng cách ghi trung tính ("[tên tỉnh]"). Đặt bằng doingoai office set --office-id … --province … --agency … --agency-code ….\n`
            : `No office profile in ${path}: reports and pages use neutral wording ("[province]"). Set one with doingoai office set --office-id … --province … --agency … --agency-code ….\n`,
        );
        return exitCodes.ok;
      }
      if (ctx.values["format"] === "json") ctx.stdout.write(`${JSON.stringify(profile, null, 2)}\n`);
      else ctx.stdout.write(`${showProfile(profile, ctx)}\n`);
      return exitCodes.ok;
    } finally {
      store.close();
    }
  }
  const store = await openStore({ path: resolveDbPath(ctx.db) });
  try {
    // set: the fields given replace those stored for the office; the others are kept.
    const stored = await getOfficeProfile(store, officeId === undefined ? {} : { officeId });
    const next: Record<string, unknown> = { ...(stored ?? {}) };
    if (officeId !== undefined) next["office_id"] = officeId;
    for (const f of officeProfileFields) {
      if (f.name === "office_id") continue;
      const value = ctx.values[optionOf(f.name)];
      if (value === undefined) continue;
      next[f.name] = f.name === "recipients" ? [value].flat() : value;
    }
    const saved = await setOfficeProfile(store, next as OfficeProfileInput);
    ctx.stdout.write(
      `${ctx.lang === "vi" ? "Đã lưu hồ sơ cơ quan" : "Saved the office profile"}:\n${showProfile(saved, ctx)}\n`,
    );
    return exitCodes.ok;
  } finally {
    store.close();
  }
}

const optionLines = (lang: "vi" | "en") =>
  officeProfileFields
    .map(
      (f) =>
        `  --${optionOf(f.name).padEnd(18)} ${lang === "vi" ? f.vi : f.en}${f.required ? (lang === "vi" ? " (bắt buộc)" : " (required)") : ""}${f.name === "recipients" ? (lang === "vi" ? "; lặp lại cho mỗi nơi nhận" : "; repeat for each recipient") : ""}`,
    )
    .join("\n");

export const officeCommand: Command = {
  name: "office",
  summary: {
    vi: "Xem hoặc đặt hồ sơ cơ quan: tỉnh, cơ quan chủ trì, ký hiệu, người ký, nơi nhận",
    en: "Show or set the office profile: province, lead agency, codes, signer, recipients",
  },
  usage:
    "doingoai office show|set [--office-id ID] [--province …] [--agency …] [--agency-code …] … [--db PATH]",
  help: {
    vi: `Hồ sơ cơ quan ghi ở đầu và cuối báo cáo, trên các trang và trong mẫu nhập liệu: tỉnh, cơ quan chủ trì (Sở Ngoại vụ hoặc Văn phòng UBND tỉnh), ký hiệu cơ quan, ký hiệu số văn bản, thẩm quyền ký (KT./TM./TL. …), chức vụ và họ tên người ký, nơi nhận. Mỗi hồ sơ có mã cơ quan (--office-id). Không có hồ sơ: văn bản ghi trung tính ("[tên tỉnh]"), không bao giờ tên tỉnh khác.
"office set" chỉ thay các trường được cho; các trường khác giữ nguyên. Cũng có thể nhập hồ sơ từ trang tính "office" của mẫu nhập liệu (doingoai import).

Tùy chọn:
${optionLines("vi")}
  --format json      (show) in dạng JSON

Ví dụ: doingoai office set --office-id cao-bang --province "Cao Bằng" --agency "Sở Ngoại vụ" --agency-code SNgV --number-symbol BC-SNgV --signer-authority "KT. GIÁM ĐỐC" --signer-title "PHÓ GIÁM ĐỐC" --signer-name "Nguyễn Văn A" --recipient "UBND tỉnh (báo cáo)" --recipient "Lưu: VT"
        doingoai office show`,
    en: `The office profile heads and closes the report, and appears on the pages and in the import template: province, lead agency (Department of Foreign Affairs or the Office of the Provincial People's Committee), agency code, document number symbol, signing authority (KT./TM./TL. …), the signer's title and name, recipients. Each profile has an office id (--office-id). Without a profile documents use neutral wording ("[province]"), never another province's name.
"office set" replaces only the fields given; the others are kept. The profile can also be imported from the "office" sheet of the template (doingoai import).

Options:
${optionLines("en")}
  --format json      (show) print as JSON

Examples: doingoai office set --office-id cao-bang --province "Cao Bằng" --agency "Sở Ngoại vụ" --agency-code SNgV --number-symbol BC-SNgV --signer-authority "KT. GIÁM ĐỐC" --signer-title "PHÓ GIÁM ĐỐC" --signer-name "Nguyễn Văn A" --recipient "UBND tỉnh (báo cáo)" --recipient "Lưu: VT"
          doingoai office show`,
  },
  options: {
    ...Object.fromEntries(
      officeProfileFields.map((f) => [
        optionOf(f.name),
        f.name === "recipients" ? { type: "string", multiple: true } : { type: "string" },
      ]),
    ),
    format: { type: "string" },
  } as Command["options"],
  run,
};
