import { z } from "zod";
import { col, optional } from "./columns.ts";
import { defineEntity } from "./defineEntity.ts";

/** Values of aid_projects.status: approved, ongoing, completed, cancelled, revoked. */
export const aidProjectStatuses = ["approved", "ongoing", "completed", "cancelled", "revoked"] as const;

/** aid_projects — non-refundable aid (viện trợ phi chính phủ nước ngoài) approved in the province. */
export const aidProjectSchema = z.object({
  project_id: col.id({
    vi: "mã dự án",
    label: { vi: "Mã dự án", en: "Project id" },
    description: { vi: "Mã riêng của cơ quan cho dự án", en: "The office's own key for the project" },
  }),
  iati_identifier: optional(
    col.id({
      vi: "mã IATI",
      label: { vi: "Mã IATI", en: "IATI identifier" },
      description: {
        vi: "Mã định danh IATI của hoạt động, như nhà tài trợ công bố (ví dụ KR-GOV-010-2019-0042); dùng để xuất IATI và đối chiếu với tệp của nhà tài trợ",
        en: "The activity's IATI identifier as the donor publishes it (e.g. KR-GOV-010-2019-0042); used by the IATI export and to match donors' files",
      },
    }),
  ),
  ngo_id: col.id({
    vi: "mã tổ chức",
    ref: "ngos",
    label: { vi: "Mã tổ chức", en: "NGO id" },
    description: { vi: "Tổ chức tài trợ (mã trong bảng NGO)", en: "Funding NGO (id in ngos)" },
  }),
  title: col.text({
    vi: "tên dự án",
    label: { vi: "Tên dự án", en: "Title" },
    description: { vi: "Tên dự án viện trợ", en: "Project title" },
  }),
  title_en: optional(
    col.text({
      vi: "tên dự án tiếng Anh",
      label: { vi: "Tên dự án (tiếng Anh)", en: "Title (English)" },
      description: {
        vi: "Tên dự án bằng tiếng Anh, nếu có; tệp IATI ghi cả hai tên",
        en: "Project title in English, where known; the IATI export carries both titles",
      },
    }),
  ),
  sector: col.sector({
    vi: "lĩnh vực",
    label: { vi: "Lĩnh vực (mã DAC)", en: "Sector (DAC code)" },
    description: {
      vi: "Mã lĩnh vực OECD DAC 5 chữ số (ví dụ 12220)",
      en: "OECD DAC 5-digit purpose code (e.g. 12220)",
    },
  }),
  location: optional(
    col.text({
      vi: "địa bàn",
      label: { vi: "Địa bàn", en: "Location" },
      description: {
        vi: "Địa bàn thực hiện, ghi như văn bản (huyện/xã trước 01/07/2025)",
        en: "Location as written (districts before 01/07/2025)",
      },
    }),
  ),
  approved_on: col.date({
    vi: "ngày phê duyệt",
    label: { vi: "Ngày phê duyệt", en: "Approved on" },
    description: { vi: "Ngày tỉnh phê duyệt/cấp phép", en: "Provincial approval (licence) date" },
  }),
  start_on: optional(
    col.date({
      vi: "ngày bắt đầu",
      label: { vi: "Ngày bắt đầu", en: "Start" },
      description: { vi: "Ngày bắt đầu thực hiện", en: "Start date" },
    }),
  ),
  end_on: optional(
    col.date({
      vi: "ngày kết thúc",
      label: { vi: "Ngày kết thúc", en: "End" },
      description: { vi: "Ngày kết thúc", en: "End date" },
    }),
  ),
  committed_amount: col.decimal({
    vi: "giá trị cam kết",
    min: 0,
    label: { vi: "Giá trị cam kết", en: "Committed amount" },
    description: {
      vi: "Giá trị viện trợ cam kết, theo loại tiền gốc",
      en: "Committed value, in the original currency",
    },
  }),
  currency: col.currency({
    vi: "loại tiền",
    label: { vi: "Loại tiền", en: "Currency" },
    description: { vi: "Mã tiền tệ ISO 4217", en: "ISO 4217 currency" },
  }),
  status: col.enum(aidProjectStatuses, {
    vi: "trạng thái",
    label: { vi: "Trạng thái", en: "Status" },
    description: {
      vi: "Đã phê duyệt, đang thực hiện, hoàn thành, hủy, thu hồi",
      en: "Approved, ongoing, completed, cancelled, revoked",
    },
  }),
});

/** One row of aid_projects (inferred from {@link aidProjectSchema}). */
export type AidProject = z.infer<typeof aidProjectSchema>;

/** The aid_projects entity (foreign non-governmental aid): schema, columns, key and labels. */
export const aidProjects = defineEntity({
  name: "aid_projects",
  label: { vi: "Dự án viện trợ", en: "Aid projects" },
  schema: aidProjectSchema,
  key: ["project_id"],
  money: [{ amount: "committed_amount", currency: "currency", dateSql: "approved_on" }],
});
