import type { OfficeProfileInput } from "../officeProfile.ts";

/** The office of the sample province (synthetic signer; the province and agency are Thái Nguyên's). */
export const sampleOfficeProfile: OfficeProfileInput = {
  office_id: "thai-nguyen-sngv",
  province: "Thái Nguyên",
  agency: "Sở Ngoại vụ",
  agency_en: "Department of Foreign Affairs",
  agency_code: "SNgV",
  number_symbol: "BC-SNgV",
  signer_authority: "KT. GIÁM ĐỐC",
  signer_title: "PHÓ GIÁM ĐỐC",
  signer_name: "Nguyễn Văn Mẫu",
  recipients: ["UBND tỉnh (báo cáo)", "Bộ Ngoại giao (báo cáo)", "Lưu: VT, SNgV"],
};
