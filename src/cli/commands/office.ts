import { existsSync } from "node:fs";
import {
  officeProfileFields,
  type OfficeProfile,
  type OfficeProfileInput,
} from "../../data/officeProfile.ts";
import { DoingoaiError, exitCodes } from "../../lib/DoingoaiError.ts";
import { getOfficeProfile, setOfficeProfile } from "../../lib/office/officeProfileStore.ts";
import { getOfficeMerges, setOfficeMerge } from "../../lib/office/officeMerges.ts";
import { dateArg } from "../argCheck.ts";
import { usageError } from "../usageError.ts";
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

/** A merge date as given: dd/mm/yyyy (the office's way) or yyyy-mm-dd, as ISO. */
function mergeDate(value: unknown): string {
  const text = typeof value === "string" ? value.trim() : "";
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return dateArg("--merged-on", dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : text);
}

/** `office merge`: records that this office absorbed another from a date (the records stay as they are). */
async function recordMerge(ctx: CommandContext, officeId: string | undefined): Promise<number> {
  const absorbed = ctx.values["absorbed-office-id"];
  const province = ctx.values["absorbed-province"];
  if (typeof absorbed !== "string" || typeof province !== "string" || ctx.values["merged-on"] === undefined) {
    throw usageError(
      "office merge cần --absorbed-office-id, --absorbed-province và --merged-on (vd. bac-kan, «Bắc Kạn», 01/07/2025).",
      "office merge needs --absorbed-office-id, --absorbed-province and --merged-on (e.g. bac-kan, «Bắc Kạn», 01/07/2025).",
    );
  }
  const mergedOn = mergeDate(ctx.values["merged-on"]);
  const store = await openStore({ path: resolveDbPath(ctx.db) });
  try {
    const profile = await getOfficeProfile(store, officeId === undefined ? {} : { officeId });
    if (profile === null) {
      throw new DoingoaiError(
        {
          vi: "Chưa có hồ sơ cơ quan: hãy đặt trước bằng doingoai office set --office-id … rồi ghi sáp nhập.",
          en: "No office profile yet: set one with doingoai office set --office-id … before recording a merge.",
        },
        { exitCode: exitCodes.invalidData },
      );
    }
    const merge = await setOfficeMerge(store, {
      office_id: profile.office_id,
      absorbed_office_id: absorbed,
      absorbed_province: province,
      merged_on: mergedOn,
    });
    const [y, m, d] = merge.merged_on.split("-");
    ctx.stdout.write(
      ctx.lang === "vi"
        ? `Đã ghi: ${merge.absorbed_province} (${merge.absorbed_office_id}) sáp nhập vào ${profile.province} (${profile.office_id}) từ ${d}/${m}/${y}. Số liệu không bị đổi mã; tính chuỗi so sánh được bằng --also THƯ-MỤC-XUẤT của ${merge.absorbed_office_id}.\n`
        : `Recorded: ${merge.absorbed_province} (${merge.absorbed_office_id}) merged into ${profile.province} (${profile.office_id}) from ${d}/${m}/${y}. Records are not re-keyed; the comparable series comes with --also EXPORT-FOLDER of ${merge.absorbed_office_id}.\n`,
    );
    return exitCodes.ok;
  } finally {
    store.close();
  }
}

async function run(ctx: CommandContext): Promise<number> {
  const [action, ...extra] = ctx.positionals;
  if ((action !== "show" && action !== "set" && action !== "merge") || extra.length > 0) {
    throw new DoingoaiError(
      {
        vi: `cần «office show», «office set --province … --agency … --agency-code …» hoặc «office merge --absorbed-office-id … --absorbed-province … --merged-on …», nhận được «${ctx.positionals.join(" ")}»`,
        en: `expected «office show», «office set --province … --agency … --agency-code …» or «office merge --absorbed-office-id … --absorbed-province … --merged-on …», got «${ctx.positionals.join(" ")}»`,
      },
      { exitCode: exitCodes.usage },
    );
  }
  const officeId = typeof ctx.values["office-id"] === "string" ? ctx.values["office-id"] : undefined;
  if (action === "merge") return recordMerge(ctx, officeId);
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
      const merges = await getOfficeMerges(store, profile.office_id);
      if (ctx.values["format"] === "json")
        ctx.stdout.write(`${JSON.stringify({ ...profile, merges }, null, 2)}\n`);
      else {
        ctx.stdout.write(`${showProfile(profile, ctx)}\n`);
        for (const m of merges) {
          const [y, mo, d] = m.merged_on.split("-");
          ctx.stdout.write(
            ctx.lang === "vi"
              ? `sáp nhập (merge): ${m.absorbed_province} (${m.absorbed_office_id}) từ ${d}/${mo}/${y}\n`
              : `merge: ${m.absorbed_province} (${m.absorbed_office_id}) from ${d}/${mo}/${y}\n`,
          );
        }
      }
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
    "doingoai office show|set [--office-id ID] [--province …] [--agency …] [--agency-code …] … [--db PATH]\n       doingoai office merge --absorbed-office-id ID --absorbed-province NAME --merged-on dd/mm/yyyy [--db PATH]",
  help: {
    vi: `Hồ sơ cơ quan ghi ở đầu và cuối báo cáo, trên các trang và trong mẫu nhập liệu: tỉnh, cơ quan chủ trì (Sở Ngoại vụ hoặc Văn phòng UBND tỉnh), ký hiệu cơ quan, ký hiệu số văn bản, thẩm quyền ký (KT./TM./TL. …), chức vụ và họ tên người ký, nơi nhận. Mỗi hồ sơ có mã cơ quan (--office-id). Không có hồ sơ: văn bản ghi trung tính ("[tên tỉnh]"), không bao giờ tên tỉnh khác.
"office set" chỉ thay các trường được cho; các trường khác giữ nguyên. Cũng có thể nhập hồ sơ từ trang tính "office" của mẫu nhập liệu (doingoai import).

Tùy chọn:
${optionLines("vi")}
  --format json      (show) in dạng JSON

"office merge" ghi việc cơ quan này tiếp nhận một tỉnh sáp nhập từ một ngày (vd. Bắc Kạn vào Thái Nguyên từ 01/07/2025): số liệu không đổi mã; chuỗi so sánh được tính bằng doingoai indicators --also THƯ-MỤC-XUẤT-PARQUET của tỉnh đó, và các trang ghi rõ chỗ chuỗi số liệu đi qua ngày sáp nhập.
  --absorbed-office-id ID      mã cơ quan của tỉnh được sáp nhập (như trong bản xuất của nó)
  --absorbed-province NAME     tên tỉnh được sáp nhập
  --merged-on DATE             ngày sáp nhập có hiệu lực (dd/mm/yyyy hoặc yyyy-mm-dd)

Ví dụ: doingoai office set --office-id cao-bang --province "Cao Bằng" --agency "Sở Ngoại vụ" --agency-code SNgV --number-symbol BC-SNgV --signer-authority "KT. GIÁM ĐỐC" --signer-title "PHÓ GIÁM ĐỐC" --signer-name "Nguyễn Văn A" --recipient "UBND tỉnh (báo cáo)" --recipient "Lưu: VT"
        doingoai office show`,
    en: `The office profile heads and closes the report, and appears on the pages and in the import template: province, lead agency (Department of Foreign Affairs or the Office of the Provincial People's Committee), agency code, document number symbol, signing authority (KT./TM./TL. …), the signer's title and name, recipients. Each profile has an office id (--office-id). Without a profile documents use neutral wording ("[province]"), never another province's name.
"office set" replaces only the fields given; the others are kept. The profile can also be imported from the "office" sheet of the template (doingoai import).

Options:
${optionLines("en")}
  --format json      (show) print as JSON

"office merge" records that this office absorbed a province from a date (e.g. Bắc Kạn into Thái Nguyên from 01/07/2025): records are not re-keyed; the comparable series comes from doingoai indicators --also PARQUET-EXPORT-FOLDER of that province, and the pages say where a series crosses the merger date.
  --absorbed-office-id ID      office id of the absorbed province (as its export names it)
  --absorbed-province NAME     name of the absorbed province
  --merged-on DATE             the day the merger took effect (dd/mm/yyyy or yyyy-mm-dd)

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
    "absorbed-office-id": { type: "string" },
    "absorbed-province": { type: "string" },
    "merged-on": { type: "string" },
  } as Command["options"],
  run,
};
