import { z } from "zod";

/** Rows one change wrote to one table. */
export const changeCountSchema = z.object({
  /** Rows whose key was new. */
  inserted: z.number().int().nonnegative(),
  /** Stored rows replaced by a new version (a re-import, or an undo putting a row back as it was). */
  updated: z.number().int().nonnegative(),
  /** Rows removed. */
  deleted: z.number().int().nonnegative().default(0),
});
/** Rows one change wrote to one table (see {@link changeCountSchema}). */
export type ChangeCount = z.infer<typeof changeCountSchema>;

/** One change to the database's data, as `doingoai history` lists it. */
export const changeSchema = z.object({
  /** 1, 2, 3… in the order the changes were made. */
  id: z.number().int().positive(),
  /** When it was written (a Date; stored as UTC). */
  at: z.date(),
  /** What made it: `import`, `sample`, `delete --entity … --id …`, `undo`… */
  command: z.string(),
  /** Files it read (import), or "sample"; empty for delete and undo. */
  sources: z.array(z.string()),
  /** Rows written, by table. */
  counts: z.record(z.string(), changeCountSchema),
  /** False for imports logged before the change trail existed (schema version 1): listed, cannot be undone. */
  undoable: z.boolean(),
  /** For an undo: the change it reverted. */
  undoes: z.number().int().nullable(),
  /** The undo that reverted this change, if any. */
  undoneBy: z.number().int().nullable(),
  /**
   * "close" or "reopen" for `doingoai period close|reopen` (changes no data; undo passes over
   * it: a closed period opens only with `period reopen --reason`); null for data changes.
   */
  periodAction: z.enum(["close", "reopen"]).nullable().default(null),
});
/** One change to the database's data (see {@link changeSchema}). */
export type Change = z.infer<typeof changeSchema>;
