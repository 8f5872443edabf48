// The previous/next links at the foot of a page, in the page's language and
// within it: Framework's own pager (turned off in observablehq.config.ts) runs
// through the sidebar's one list, so its labels were English on every page, the
// Vietnamese quality page led to the English overview, and the overview was
// named by the site's title rather than "Tổng quan" as in the sidebar.
import { el } from "./dom.js";
import type { Lang } from "./labels.js";
import { pageList } from "./pages.js";

const words = {
  previous: { vi: "Trang trước", en: "Previous page" },
  next: { vi: "Trang sau", en: "Next page" },
  label: { vi: "Chuyển trang", en: "Page navigation" },
};

/**
 * The pager of page `path` in `lang`: a link to the page before it and to the
 * one after it in {@link pageList} (none before the overview, none after the
 * last), each named as the sidebar names it, in `lang`, to the page in `lang`.
 * Pages of both languages sit in the same folder as their siblings, so the
 * links are relative to it ("./aid.html").
 */
export function pagePager(path: string, lang: Lang): HTMLElement {
  const at = pageList.findIndex((p) => p.path === path);
  if (at < 0) throw new Error(`unknown page: ${path}`);
  const link = (rel: "prev" | "next", offset: number) => {
    const page = pageList[at + offset];
    if (!page) return null;
    return el(
      "a",
      { rel, href: `./${page.path}.html`, "data-page": page.path },
      el("span", { class: "doingoai-pager-dir" }, words[rel === "prev" ? "previous" : "next"][lang]),
      el("span", { class: "doingoai-pager-name" }, page[lang]),
    );
  };
  return el(
    "nav",
    { class: "doingoai-pager", "aria-label": words.label[lang] },
    link("prev", -1),
    link("next", 1),
  );
}
