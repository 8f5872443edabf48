import type { Bilingual } from "../../data/Bilingual.ts";

/** Short column headers of the split dimensions, for tables and charts. */
export const dimensionLabels: Readonly<Record<string, Bilingual>> = {
  country: { vi: "Quốc gia", en: "Country" },
  partner: { vi: "Đối tác", en: "Partner" },
  agreement: { vi: "Thỏa thuận", en: "Agreement" },
  purpose: { vi: "Mục đích", en: "Purpose" },
  level: { vi: "Cấp đoàn", en: "Level" },
  funding: { vi: "Nguồn kinh phí", en: "Funding" },
  direction: { vi: "Đoàn ra/vào", en: "Direction" },
  sector: { vi: "Lĩnh vực", en: "Sector" },
  sector_category: { vi: "Nhóm lĩnh vực", en: "Sector category" },
  channel: { vi: "Kênh", en: "Channel" },
  ngo: { vi: "Tổ chức PCPNN", en: "NGO" },
  project: { vi: "Dự án", en: "Project" },
  status: { vi: "Trạng thái", en: "Status" },
  kind: { vi: "Loại", en: "Kind" },
  office: { vi: "Cơ quan", en: "Office" },
};
