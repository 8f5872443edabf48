import type { Lang } from "../data/Bilingual.ts";
import { formatDate, formatInteger } from "../data/format.ts";
import type { Change, ChangeCount } from "../lib/changes/Change.ts";

const pad2 = (n: number) => String(n).padStart(2, "0");

/** A moment as dd/mm/yyyy hh:mm:ss in local time. */
export function whenText(at: Date): string {
  const local = new Date(Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()));
  return `${formatDate(local)} ${pad2(at.getHours())}:${pad2(at.getMinutes())}:${pad2(at.getSeconds())}`;
}

/** Rows written by table, the non-zero counts only: "partners: 1 mới, 2 cập nhật". */
export function countsText(counts: Record<string, ChangeCount>, lang: Lang): string {
  const words =
    lang === "vi"
      ? { inserted: "mới", updated: "cập nhật", deleted: "xóa" }
      : { inserted: "new", updated: "updated", deleted: "deleted" };
  return Object.entries(counts)
    .map(([table, c]) => {
      const parts = (["inserted", "updated", "deleted"] as const)
        .filter((k) => c[k] > 0)
        .map((k) => `${formatInteger(c[k], { lang })} ${words[k]}`);
      return `${table}: ${parts.length > 0 ? parts.join(", ") : "0"}`;
    })
    .join("; ");
}

/** The files of a change, shortened: the first three names, then how many more. */
export function sourcesText(change: Change, lang: Lang): string {
  const names = change.sources.map((s) => s.split(/[\\/]/).pop() ?? s);
  if (names.length <= 3) return names.join(", ");
  const more = names.length - 3;
  return `${names.slice(0, 3).join(", ")} ${lang === "vi" ? `và ${more} tệp khác` : `and ${more} more`}`;
}
