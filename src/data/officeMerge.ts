// Since 01/07/2025 provinces have merged (Thái Nguyên absorbed Bắc Kạn): one office now carries
// two offices' history. A merge is recorded, never applied to the records: the absorbed office's
// data stays in its own export, read beside the office's own (`--also`), without re-keying.
import { z } from "zod";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "a real date / một ngày có thật",
  );

/** One merge recorded in an office's profile: which office it absorbed, and from which date. */
export const officeMergeSchema = z.object({
  /** The absorbing office (the database's own), e.g. "thai-nguyen". */
  office_id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
  /** The absorbed office's id, as its exports name it, e.g. "bac-kan". */
  absorbed_office_id: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
  /** The absorbed province's name, e.g. "Bắc Kạn". */
  absorbed_province: z.string().trim().min(1),
  /** The day the merger took effect (ISO), e.g. "2025-07-01": from then on one office reports for both. */
  merged_on: isoDate,
});

/** A recorded merge. */
export type OfficeMerge = z.output<typeof officeMergeSchema>;
