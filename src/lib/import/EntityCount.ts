/** Rows of one table in an import: in the input, new, and replacing a stored row. */
export interface EntityCount {
  /** Rows in the input. */
  rows: number;
  /** Of those, rows whose key was new. */
  inserted: number;
  /** Of those, rows that replaced a stored row with the same key. */
  updated: number;
  /**
   * Columns absent from the file (or from one of the files) of this entity:
   * updated rows keep their stored values there. An explicit empty cell, in a
   * file that has the column, clears the value instead.
   */
  keptColumns: string[];
}
