import type { Bilingual, Lang } from "../../data/Bilingual.ts";
import { booleanWordsText } from "../../data/booleanWords.ts";
import type { Column, ColumnKind } from "../../data/columns.ts";
import { countryCodes, countryName } from "../../data/countries.ts";
import type { Entity } from "../../data/defineEntity.ts";
import { formatDate } from "../../data/format.ts";
import { sectorName, sectors } from "../../data/sectors.ts";

/** Both languages in one string, the chosen one first: "Có / Yes". */
export function both(text: Bilingual, lang: Lang = "vi"): string {
  if (text.vi === text.en) return text.vi;
  return lang === "vi" ? `${text.vi} / ${text.en}` : `${text.en} / ${text.vi}`;
}

/**
 * The header a template writes for a column: `"<label> (<name>)"`, e.g.
 * "Mã đối tác (partner_id)". The importer reads the name in brackets, so the
 * label may be in either language.
 */
export function templateHeader(column: Column, lang: Lang = "vi"): string {
  return `${column.label[lang]} (${column.name})`;
}

const kindText: Record<ColumnKind, Bilingual> = {
  id: { vi: "Mã (văn bản, ổn định)", en: "Id (text, stable)" },
  text: { vi: "Văn bản", en: "Text" },
  enum: { vi: "Một giá trị trong danh sách", en: "One of the listed values" },
  list: { vi: "Một hoặc nhiều giá trị, cách nhau bằng ;", en: "One or more values separated by ;" },
  date: {
    vi: "Ngày: dd/mm/yyyy, yyyy-mm-dd hoặc ô ngày Excel",
    en: "Date: dd/mm/yyyy, yyyy-mm-dd or an Excel date",
  },
  integer: { vi: "Số nguyên", en: "Whole number" },
  decimal: {
    vi: "Số (1234567,89 hoặc 1.234.567,89 hoặc 1234567.89)",
    en: "Number (1234567,89 or 1.234.567,89 or 1234567.89)",
  },
  boolean: { vi: "true hoặc false", en: "true or false" },
  country: { vi: "Mã quốc gia ISO 3166-1 alpha-2", en: "ISO 3166-1 alpha-2 country code" },
  currency: { vi: "Mã tiền tệ ISO 4217", en: "ISO 4217 currency code" },
  sector: { vi: "Mã lĩnh vực DAC 5 chữ số", en: "DAC 5-digit purpose code" },
  period: {
    vi: "Kỳ: 2019, 2019Q1, 2019-03 hoặc 2026-2030",
    en: "Period: 2019, 2019Q1, 2019-03 or 2026-2030",
  },
};

/** What a column holds, in both languages. */
export function kindOf(column: Column): Bilingual {
  return kindText[column.kind];
}

/** Whether the column must be filled, with its default if it has one. */
export function requiredText(column: Column, entity: Entity): Bilingual {
  if (column.required) return { vi: "Bắt buộc", en: "Required" };
  if (column.default !== undefined) {
    return {
      vi: `Không bắt buộc (mặc định ${column.default})`,
      en: `Optional (default ${column.default})`,
    };
  }
  if (entity.derivedDefaults[column.name] !== undefined) {
    return { vi: "Không bắt buộc (có giá trị mặc định)", en: "Optional (has a default)" };
  }
  const group = entity.oneOf.find((g) => g.includes(column.name));
  if (group) {
    return {
      vi: `Cần ít nhất một trong: ${group.join(", ")}`,
      en: `At least one of: ${group.join(", ")}`,
    };
  }
  return { vi: "Không bắt buộc", en: "Optional" };
}

/** The values a column accepts, when they can be listed or bounded; empty text otherwise. */
export function allowedText(column: Column): Bilingual {
  if (column.kind === "enum" && column.values) {
    const v = column.values.join(", ");
    return { vi: v, en: v };
  }
  if (column.kind === "list" && column.values) {
    const v = column.values.join("; ");
    return { vi: `${v} (cách nhau bằng ;)`, en: `${v} (separated by ;)` };
  }
  if (column.kind === "boolean") return booleanWordsText;
  if (column.ref !== undefined) {
    return { vi: `Mã có trong bảng ${column.ref}`, en: `An id in ${column.ref}` };
  }
  if (column.min !== undefined) return { vi: `≥ ${column.min}`, en: `≥ ${column.min}` };
  if (column.kind === "sector") {
    return {
      vi: "Mã DAC 5 chữ số: xem bảng mã cuối hướng dẫn",
      en: "DAC 5-digit code: see the code list at the end of the guide",
    };
  }
  if (column.kind === "country") {
    return {
      vi: "Mã 2 chữ cái: xem bảng mã cuối hướng dẫn",
      en: "2-letter code: see the code list at the end of the guide",
    };
  }
  return { vi: "", en: "" };
}

// Examples a person can copy, written as an office would type them. Keyed by
// "entity.column" where entities differ, else by column name, else by kind.
const examples: Record<string, string> = {
  "exchange_rates.on": "24/12/2020",
  "exchange_rates.currency": "USD",
  vnd_per_unit: "23162",
  "exchange_rates.source": "NHNN",
  partner_id: "LA-LPB",
  "partners.name": "Luang Prabang",
  name_vi: "Tỉnh Luông Pha Băng",
  "partners.kind": "locality",
  "partners.country": "LA",
  locality: "Luang Prabang",
  agreement_id: "TTQT-2017-01",
  "agreements.title": "Biên bản ghi nhớ hợp tác giai đoạn 2017–2022",
  "agreements.kind": "mou",
  signed_on: "15/03/2017",
  expires_on: "14/03/2022",
  reported_on: "28/03/2017",
  "agreements.status": "active",
  areas: "education;culture;tourism",
  lead_unit: "Phòng Hợp tác quốc tế",
  delegation_id: "DV-2019-001",
  direction: "inbound",
  "delegations.start_on": "10/04/2019",
  "delegations.end_on": "12/04/2019",
  "delegations.country": "LA",
  level: "provincial_leadership",
  purpose: "cooperation",
  members: "12",
  in_plan: "true",
  cost: "85000000",
  cost_currency: "VND",
  funding: "provincial_budget",
  head: "Phó Chủ tịch UBND tỉnh",
  activity_id: "HD-2019-01",
  "agreement_activities.title": "Trao đổi đoàn văn hóa nghệ thuật",
  due_on: "30/06/2019",
  "agreement_activities.status": "done",
  done_on: "12/04/2019",
  ngo_id: "NGO-001",
  "ngos.name": "Save the Children",
  "ngos.country": "GB",
  registration_no: "123/BNG-GĐK",
  registered_from: "01/01/2018",
  registered_to: "31/12/2022",
  project_id: "DA-2019-01",
  "aid_projects.title": "Nâng cao năng lực y tế cơ sở",
  "aid_projects.sector": "12220",
  location: "xã Phú Đô, huyện Phú Lương",
  approved_on: "20/05/2019",
  "aid_projects.start_on": "01/06/2019",
  "aid_projects.end_on": "31/05/2021",
  committed_amount: "450000",
  "aid_projects.currency": "USD",
  "aid_projects.status": "ongoing",
  disbursed_on: "15/07/2019",
  amount: "120000",
  "aid_disbursements.currency": "USD",
  contact_id: "NDT-2019-01",
  company: "Samsung Electronics",
  "investment_contacts.country": "KR",
  "investment_contacts.sector": "điện tử",
  first_contact_on: "05/03/2019",
  channel: "inbound_visit",
  site_visit_on: "20/03/2019",
  mou_on: "10/05/2019",
  registered_on: "01/08/2019",
  dropped_on: "",
  proposed_capital_usd: "50000000",
  registered_capital_usd: "45000000",
  project_code: "1234567890",
  "annual_plans.year": "2019",
  "annual_plans.due_on": "31/12/2018",
  submitted_on: "20/01/2019",
  "annual_plans.approved_on": "15/03/2019",
  planned_inbound: "20",
  planned_outbound: "8",
  "budgets.year": "2019",
  line: "reception",
  allocated: "500000000",
  spent: "620000000",
  "budgets.currency": "VND",
  case_id: "LS-2019-001",
  opened_on: "02/02/2019",
  closed_on: "20/02/2019",
  "consular_cases.kind": "citizen_protection",
  "consular_cases.country": "KR",
  indicator: "fdi.active_projects",
  period: "2019",
  as_of: "30/06/2019",
  value: "135",
  unit: "projects",
  "published_figures.source": "Cục Thống kê tỉnh",
};

const kindExample: Record<ColumnKind, string> = {
  id: "A-001",
  text: "",
  enum: "",
  list: "",
  date: "25/02/2020",
  integer: "1",
  decimal: "1234,5",
  boolean: "true",
  country: "LA",
  currency: "VND",
  sector: "12220",
  period: "2019",
};

/** An example value for a column, as typed in a spreadsheet ("" where a blank cell is the example). */
export function exampleOf(entity: Entity, column: Column): string {
  return (
    examples[`${entity.name}.${column.name}`] ??
    examples[column.name] ??
    (column.kind === "enum" || column.kind === "list" ? (column.values?.[0] ?? "") : kindExample[column.kind])
  );
}

/** The general instructions at the top of the guide, one bilingual line each. */
export const guideIntro: Bilingual[] = [
  {
    vi: "Mỗi bảng (trang tính hoặc tệp CSV) là một loại dữ liệu; mỗi dòng từ dòng 2 là một bản ghi.",
    en: "Each table (sheet or CSV file) holds one kind of record; each row from row 2 is one record.",
  },
  {
    vi: "Không đổi tên trang tính, tệp hay tiêu đề cột. Cột thừa sẽ được báo lỗi và không được lưu.",
    en: "Do not rename sheets, files or column headers. Unknown columns are reported and not stored.",
  },
  {
    vi: "Mã (id) là mã riêng, ổn định của cơ quan: nhập lại cùng mã sẽ cập nhật bản ghi, không tạo bản trùng.",
    en: "Ids are the office's own stable keys: importing the same id again updates the record, never duplicates it.",
  },
  {
    vi: "Ngày ghi dd/mm/yyyy (luôn là ngày/tháng), yyyy-mm-dd hoặc ô ngày của Excel.",
    en: "Dates as dd/mm/yyyy (always day/month), yyyy-mm-dd or Excel date cells.",
  },
  {
    vi: "Cột ngày của mẫu hiển thị dd/mm/yyyy: hãy xem ngày hiện ra đúng như đã gõ (Excel cài tiếng Anh có thể hiểu 03/04/2020 là ngày 4 tháng 3).",
    en: "Date columns of the template show dd/mm/yyyy: check that the date shown is the one typed (an English Excel may read 03/04/2020 as 4 March).",
  },
  {
    vi: "Số ghi 1234567,89 hoặc 1.234.567,89 hoặc 1234567.89; số không rõ nghĩa như 1.234 là lỗi.",
    en: "Numbers as 1234567,89 or 1.234.567,89 or 1234567.89; an ambiguous number such as 1.234 is an error.",
  },
  {
    vi: "Cột không bắt buộc có thể để trống. Nhiều giá trị trong một ô cách nhau bằng dấu ;",
    en: "Optional columns may be left empty. Several values in one cell are separated by ;",
  },
  {
    vi: "Mã tham chiếu (ví dụ mã đối tác) phải có trong bảng tương ứng, trong cùng lần nhập hoặc đã có trong cơ sở dữ liệu.",
    en: "Referenced ids (e.g. a partner id) must exist in their table, in the same import or already in the database.",
  },
  {
    vi: "Nhập bằng lệnh: doingoai import TỆP (hoặc THƯ MỤC); kiểm tra trước bằng: doingoai validate TỆP",
    en: "Import with: doingoai import FILE (or FOLDER); check first with: doingoai validate FILE",
  },
];

/** Column titles of the per-entity tables in the guide. */
export const guideColumns: Bilingual[] = [
  { vi: "Cột", en: "Column" },
  { vi: "Tiêu đề tiếng Việt", en: "Vietnamese header" },
  { vi: "Bắt buộc", en: "Required" },
  { vi: "Kiểu dữ liệu", en: "Kind" },
  { vi: "Giá trị cho phép", en: "Allowed values" },
  { vi: "Mô tả (tiếng Việt)", en: "Description (Vietnamese)" },
  { vi: "Mô tả (tiếng Anh)", en: "Description (English)" },
  { vi: "Ví dụ", en: "Example" },
];

/** One row of the guide for a column, in the order of {@link guideColumns}. */
export function guideRow(entity: Entity, column: Column, lang: Lang = "vi"): string[] {
  const allowed = allowedText(column);
  return [
    column.name,
    column.vi,
    both(requiredText(column, entity), lang),
    both(kindOf(column), lang),
    allowed.vi === "" ? "" : both(allowed, lang),
    column.description.vi,
    column.description.en,
    exampleOf(entity, column),
  ];
}

/** The line introducing an entity in the guide: name, label and key. */
export function entityHeading(entity: Entity, lang: Lang = "vi"): string {
  const key = entity.key.join(" + ");
  return `${entity.name} — ${both(entity.label, lang)} — ${both({ vi: `khóa: ${key}`, en: `key: ${key}` }, lang)}`;
}

/** The note on a header cell: label, description, requirement and allowed values, in both languages. */
export function headerNote(entity: Entity, column: Column, lang: Lang = "vi"): string {
  const order: Lang[] = lang === "vi" ? ["vi", "en"] : ["en", "vi"];
  const allowed = allowedText(column);
  const required = requiredText(column, entity);
  return order
    .map((l) =>
      [
        `${column.label[l]} (${column.name})`,
        column.description[l],
        `${required[l]}. ${kindText[column.kind][l]}.`,
        ...(allowed[l] === "" ? [] : [`${l === "vi" ? "Giá trị" : "Values"}: ${allowed[l]}`]),
      ].join("\n"),
    )
    .join("\n\n");
}

/** A list of codes printed at the end of the guide. */
export interface CodeList {
  title: Bilingual;
  columns: Bilingual[];
  rows: string[][];
}

/** The code lists a person needs while filling in the template: DAC sectors and countries. */
export function codeLists(): CodeList[] {
  return [
    {
      title: { vi: "Mã lĩnh vực DAC (cột sector)", en: "DAC sector codes (column sector)" },
      columns: [
        { vi: "Mã", en: "Code" },
        { vi: "Nhóm", en: "Category" },
        { vi: "Tên tiếng Việt (nếu có)", en: "Vietnamese name (where kept)" },
        { vi: "Tên tiếng Anh", en: "English name" },
        { vi: "Tình trạng", en: "Status" },
      ],
      rows: sectors.map((s) => [
        s.code,
        `${s.category} ${sectorName(s.category, "vi")} / ${sectorName(s.category, "en")}`,
        s.name.vi ?? "",
        s.name.en,
        // active codes leave the status cell out (empty), withdrawn ones say since when
        ...(s.withdrawnOn === undefined
          ? []
          : [
              `ngừng dùng từ ${formatDate(s.withdrawnOn)}, vẫn nhận cho bản ghi cũ / withdrawn ${formatDate(s.withdrawnOn, { lang: "en" })}, still accepted for older records`,
            ]),
      ]),
    },
    {
      title: {
        vi: "Mã quốc gia ISO 3166-1 alpha-2 (cột country)",
        en: "ISO 3166-1 alpha-2 country codes (column country)",
      },
      columns: [
        { vi: "Mã", en: "Code" },
        { vi: "Tên tiếng Việt", en: "Vietnamese name" },
        { vi: "Tên tiếng Anh", en: "English name" },
      ],
      rows: countryCodes.map((c) => [c, countryName(c, "vi"), countryName(c, "en")]),
    },
  ];
}
