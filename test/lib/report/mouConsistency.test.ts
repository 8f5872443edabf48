// One truth per MOU: every section of every format of the review names each agreement with the
// one life state and recommendation of reviewAgreements (issue 12).
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Lang } from "../../../src/data/Bilingual.ts";
import {
  agreementStateLabels,
  recommendationLabels,
} from "../../../src/data/planning/agreementReviewLabels.ts";
import { buildReviewData, renderReport, type ReviewData } from "../../../src/lib/report/index.ts";
import { loadSample } from "../../../src/lib/sample/loadSample.ts";
import { openStore, type Store } from "../../../src/lib/store/openStore.ts";
import { tempDir } from "../../helpers/fixtures.ts";
import { documentText, unzipDocx } from "./golden.ts";

let store: Store;
const reviews = new Map<number, ReviewData>();

beforeAll(async () => {
  store = await openStore({ path: join(tempDir("doingoai-mou-"), "sample.duckdb") });
  await loadSample(store);
  for (const year of [2019, 2024]) reviews.set(year, await buildReviewData(store, { year }));
}, 180_000);

afterAll(() => store?.close());

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The visible text of the HTML report, one line per paragraph, item or table row (cells joined by " | "). */
function htmlText(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, "")
    .replace(/<\/t[dh]>/g, " | ")
    .replace(/<\/(p|li|tr|h[1-6]|div)>|<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => entities[m]!);
}

/** The report in one language and format, as text lines. */
async function reportText(data: ReviewData, lang: Lang, format: "docx" | "md" | "html"): Promise<string> {
  const out = await renderReport(data, { lang, format });
  if (format === "docx") return documentText((await unzipDocx(out as Buffer)).get("word/document.xml")!);
  return format === "html" ? htmlText(out as string) : (out as string);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A keyword as a whole word (Vietnamese words are separated by spaces and punctuation as well). */
const wordRe = (w: string) => new RegExp(`(^|[^\\p{L}])${escape(w)}(?=$|[^\\p{L}])`, "iu");

const cases = [2019, 2024].flatMap((year) =>
  (["vi", "en"] as const).flatMap((lang) =>
    (["docx", "md", "html"] as const).map((format) => ({ year, lang, format })),
  ),
);

describe("one state and one recommendation per MOU in every section of every report", () => {
  it("AG-JP-GUN-2019 in 2019 is new and kept (signed that year: never dormant, never to reinvigorate)", () => {
    const gunma = reviews.get(2019)!.agreements.rows.find((r) => r.agreement_id === "AG-JP-GUN-2019")!;
    expect([gunma.state, gunma.dormant, gunma.recommendation]).toEqual(["new", false, "keep"]);
    expect(reviews.get(2019)!.headline.find((h) => h.indicator === "agreements.dormant")!.value).toBe(0);
  });

  it("an MOU in force at 31/12/2024 that expired on 14/01/2025 is expired, with its date, in the report of 25/02/2025", () => {
    const xkh = reviews.get(2024)!.agreements.rows.find((r) => r.agreement_id === "AG-LA-XKH-2020")!;
    expect([xkh.state, xkh.expiredOn]).toEqual(["expired", "2025-01-14"]);
    expect(["renew", "close"]).toContain(xkh.recommendation);
  });

  it("the count of dormant MOUs equals the indicator agreements.dormant", () => {
    for (const data of reviews.values()) {
      expect(data.agreements.states.dormant).toBe(
        data.headline.find((h) => h.indicator === "agreements.dormant")!.value,
      );
    }
  });

  it.each(cases)(
    "$year $lang $format: each MOU by name, with its state and recommendation; no other verdict beside it",
    async ({ year, lang, format }) => {
      const data = reviews.get(year)!;
      const text = await reportText(data, lang, format);
      const rows = data.agreements.rows;
      expect(rows.length).toBeGreaterThan(0);
      const keywords = [
        ...Object.entries(agreementStateLabels).map(([k, l]) => ({
          kind: "state" as const,
          key: k,
          re: wordRe(l[lang]),
        })),
        ...Object.entries(recommendationLabels).map(([k, l]) => ({
          kind: "rec" as const,
          key: k,
          re: wordRe(l[lang]),
        })),
      ];
      // MOUs are named, never by their codes
      for (const r of rows) expect(text, `${r.agreement_id} named by its code`).not.toContain(r.agreement_id);
      const clauses = text.split("\n").flatMap((line) => (line.includes(" | ") ? [line] : line.split(";")));
      for (const r of rows) {
        const label = r.label[lang];
        const mine = clauses.filter((c) => c.includes(label));
        expect(mine.length, `${label} appears`).toBeGreaterThan(0);
        // the table row: its state and recommendation
        expect(
          mine.some(
            (c) =>
              c.includes(" | ") &&
              wordRe(agreementStateLabels[r.state][lang]).test(c.replaceAll(label, "")) &&
              wordRe(recommendationLabels[r.recommendation][lang]).test(c.replaceAll(label, "")),
          ),
          `${label}: a table row with "${agreementStateLabels[r.state][lang]}" and "${recommendationLabels[r.recommendation][lang]}"`,
        ).toBe(true);
        for (const c of mine) {
          let rest = c;
          for (const other of rows) rest = rest.replaceAll(other.label[lang], "");
          for (const k of keywords) {
            if (!k.re.test(rest)) continue;
            const own = k.kind === "state" ? r.state : r.recommendation;
            expect(own, `${label} beside "${k.re.source}" in: ${c.trim()}`).toBe(k.key);
          }
        }
      }
    },
  );
});
