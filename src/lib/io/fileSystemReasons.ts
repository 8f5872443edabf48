import type { Bilingual } from "../../data/Bilingual.ts";

/**
 * What a file-system error code means to the person who gave the path, in both
 * languages: one table for the CLI's last-resort handler and the export's write
 * errors. Codes not listed are not the person's doing (or not known to be).
 */
export const fileSystemReasons: Readonly<Record<string, Bilingual>> = {
  ENOENT: { vi: "không tồn tại", en: "does not exist" },
  ENOTDIR: {
    vi: "một phần của đường dẫn là tệp, không phải thư mục",
    en: "part of the path is a file, not a folder",
  },
  EISDIR: { vi: "đã có một thư mục cùng tên", en: "a folder of that name exists" },
  EEXIST: {
    vi: "đã có một tệp ở đó, cần một thư mục",
    en: "a file is already there where a folder is needed",
  },
  EACCES: { vi: "không có quyền ghi hoặc đọc", en: "permission denied" },
  EPERM: { vi: "không được phép thao tác", en: "operation not permitted" },
  EROFS: { vi: "nằm trên ổ chỉ đọc", en: "is on a read-only file system" },
  ENOSPC: { vi: "ổ đĩa đã đầy", en: "the disk is full" },
  EDQUOT: { vi: "vượt hạn mức đĩa", en: "disk quota exceeded" },
  EFBIG: {
    vi: "vượt giới hạn kích thước tệp",
    en: "file too large (over the file-size limit)",
  },
  EIO: { vi: "lỗi đọc/ghi đĩa", en: "disk input/output error" },
  ENAMETOOLONG: { vi: "tên quá dài", en: "the name is too long" },
};
