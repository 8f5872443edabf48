// The office a database belongs to: the province, the lead agency and what
// heads and closes its documents. Never assumed: without a profile, documents
// use neutral wording ("[tên tỉnh]"), never another province's name.
import { z } from "zod";

const text = z.string().trim().min(1);

/** One office's profile, keyed by `office_id` (several offices may share a database later). */
export const officeProfileSchema = z.object({
  /** The office's own stable key, e.g. "thai-nguyen-sngv": letters, digits and `-_.`. */
  office_id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, "letters, digits and -_. only / chỉ chữ, số và -_."),
  /** The province's name without "Tỉnh", e.g. "Thái Nguyên". */
  province: text,
  /** The province's name in English text; default the same as `province`. */
  province_en: text.optional(),
  /** The lead agency, e.g. "Sở Ngoại vụ" or "Văn phòng UBND tỉnh". */
  agency: text,
  /** The lead agency in English; default the same as `agency`. */
  agency_en: text.optional(),
  /** The agency's short code in document numbers, e.g. "SNgV". */
  agency_code: text,
  /** The report's number symbol after "Số: …/", e.g. "BC-SNgV"; default "BC-" + agency_code. */
  number_symbol: text.optional(),
  /** The signer's authority line, e.g. "KT. GIÁM ĐỐC" (signing on behalf), "TM. …", "TL. …"; none when the head signs. */
  signer_authority: text.optional(),
  /** The signer's title, e.g. "PHÓ GIÁM ĐỐC". */
  signer_title: text.optional(),
  /** The signer's name, printed under the signature. */
  signer_name: text.optional(),
  /** The recipients listed under "Nơi nhận:", one per entry, e.g. "UBND tỉnh (báo cáo)". */
  recipients: z.array(text).default([]),
});

/** An office profile as stored and returned. */
export type OfficeProfile = z.output<typeof officeProfileSchema>;
/** An office profile as given (recipients optional). */
export type OfficeProfileInput = z.input<typeof officeProfileSchema>;

/** The fields of a profile in the order the `office` sheet and `office show` list them, with their headers. */
export const officeProfileFields: readonly {
  name: Exclude<keyof OfficeProfile, never>;
  vi: string;
  en: string;
  required: boolean;
}[] = [
  { name: "office_id", vi: "mã cơ quan", en: "office id", required: true },
  { name: "province", vi: "tỉnh", en: "province", required: true },
  { name: "province_en", vi: "tỉnh (tiếng Anh)", en: "province (English)", required: false },
  { name: "agency", vi: "cơ quan chủ trì", en: "lead agency", required: true },
  { name: "agency_en", vi: "cơ quan chủ trì (tiếng Anh)", en: "lead agency (English)", required: false },
  { name: "agency_code", vi: "ký hiệu cơ quan", en: "agency code", required: true },
  { name: "number_symbol", vi: "ký hiệu số văn bản", en: "number symbol", required: false },
  { name: "signer_authority", vi: "thẩm quyền ký", en: "signing authority", required: false },
  { name: "signer_title", vi: "chức vụ người ký", en: "signer's title", required: false },
  { name: "signer_name", vi: "họ tên người ký", en: "signer's name", required: false },
  { name: "recipients", vi: "nơi nhận", en: "recipients", required: false },
];

/** The neutral province text of documents without a profile. */
export const neutralProvince = { vi: "[tên tỉnh]", en: "[province]" } as const;
/** The neutral agency text of documents without a profile. */
export const neutralAgency = { vi: "[cơ quan chủ trì]", en: "[lead agency]" } as const;
