import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";
import type { Bilingual } from "../../data/Bilingual.ts";
import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";

/** The sections of the review a note may be attached to. */
export const noteSections = [
  "delegations",
  "investment",
  "aid",
  "agreements",
  "consular",
  "plan_budget",
  "overall",
  "shortcomings",
  "directions",
  "requests",
] as const;
/** One of {@link noteSections}. */
export type NoteSection = (typeof noteSections)[number];

/** What an event's `on` must be (zod's messages are English: this one is said in both languages). */
const dateMessage: Bilingual = {
  vi: "cần một ngày có thật dạng yyyy-mm-dd (vd. 2019-09-02)",
  en: "expected a date yyyy-mm-dd that the calendar has (e.g. 2019-09-02)",
};

/** Whether `text` is yyyy-mm-dd naming a day the calendar has (2019-02-30 is not one). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

/** A text in both languages, or one string that serves both. */
const noteText = z.union([
  z.string().min(1),
  z.object({ vi: z.string().min(1), en: z.string().min(1) }).strict(),
]);

/**
 * The office's notes on a review (`report --notes FILE`, YAML or JSON): what
 * the data cannot know, merged into the sections and marked as the office's
 * own words. Every field is optional.
 */
export const officeNotesSchema = z
  .object({
    /** Paragraphs added at the end of a section, keyed by section. */
    narrative: z.partialRecord(z.enum(noteSections), noteText).optional(),
    /** Causes of a shortcoming, keyed by the proposal rule's id (e.g. plan_late) or "other". */
    causes: z.record(z.string().regex(/^[a-z_]+$/), noteText).optional(),
    /** Events of the year, each in the section it belongs to. */
    events: z
      .array(
        z
          .object({
            on: z.string().refine(isCalendarDate, {
              message: dateMessage.en,
            }),
            section: z.enum(noteSections),
            text: noteText,
          })
          .strict(),
      )
      .optional(),
    /** Requests to the provincial People's Committee ("province") or to central ministries ("central"). */
    requests: z.array(z.object({ to: z.enum(["province", "central"]), text: noteText }).strict()).optional(),
  })
  .strict();
/** The office's notes (inferred from {@link officeNotesSchema}). */
export type OfficeNotes = z.infer<typeof officeNotesSchema>;

/** A note's text in both languages (one string serves both). */
export function noteBilingual(text: string | Bilingual): Bilingual {
  return typeof text === "string" ? { vi: text, en: text } : text;
}

/** "(Ý kiến của cơ quan)" / "(the office's note)": how the report marks the office's own words. */
export const officeWordsMark: Bilingual = { vi: "Ý kiến của cơ quan", en: "The office's note" };

/**
 * Reads and checks a notes file (YAML, or JSON which YAML reads too).
 * Throws {@link DoingoaiError}: exit code 5 when the file cannot be read, 3
 * when it is not YAML or does not follow {@link officeNotesSchema}, naming the
 * field (e.g. `events[0].on`), in Vietnamese and English.
 */
export function readOfficeNotes(file: string): OfficeNotes {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new DoingoaiError(
      { vi: `Không đọc được tệp ghi chú ${file}.`, en: `Cannot read the notes file ${file}.` },
      { exitCode: exitCodes.io, cause: error },
    );
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new DoingoaiError(
      {
        vi: `Tệp ghi chú ${file} không phải YAML hợp lệ: ${(error as Error).message}`,
        en: `The notes file ${file} is not valid YAML: ${(error as Error).message}`,
      },
      { exitCode: exitCodes.invalidData, cause: error },
    );
  }
  const parsed = officeNotesSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const where = (path: PropertyKey[]) =>
      path.length === 0
        ? "(gốc / root)"
        : path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
    const problems = parsed.error.issues.map((i) => ({
      field: where(i.path),
      message: i.message,
      vi: i.message === dateMessage.en ? dateMessage.vi : i.message,
    }));
    throw new DoingoaiError(
      {
        vi: `Tệp ghi chú ${file} có lỗi: ${problems.map((p) => `trường ${p.field}: ${p.vi}`).join("; ")}. Các mục được phép: narrative, causes, events (on, section, text), requests (to: province | central, text); mục theo phần: ${noteSections.join(", ")}.`,
        en: `The notes file ${file} has problems: ${problems.map((p) => `field ${p.field}: ${p.message}`).join("; ")}. Allowed: narrative, causes, events (on, section, text), requests (to: province | central, text); sections: ${noteSections.join(", ")}.`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return parsed.data;
}
