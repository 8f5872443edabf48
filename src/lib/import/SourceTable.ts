/** Rows already in memory: from a workbook, a JSON file, or generated data. */
export interface RowTable {
  entity: string;
  /** File name shown in messages (or "sample"). */
  source: string;
  sheet?: string;
  header: string[];
  /** Cell values: string | number | boolean | Date | string[] | null | undefined. */
  rows: unknown[][];
  /** Spreadsheet row number of rows[0]; default 2 (row 1 is the header). */
  firstRow?: number;
  /** Spreadsheet row number of each row, where rows are not consecutive (workbooks skip empty rows). */
  rowNumbers?: number[];
  /** A workbook in the 1904 date system: a serial number in a date column counts days from 1904-01-01. */
  date1904?: boolean;
}

/** A CSV file, read by DuckDB itself. */
export interface CsvTable {
  entity: string;
  source: string;
  csvPath: string;
  /** A temporary folder holding `csvPath`, a UTF-8 copy of a file in another encoding; deleted after the import. */
  decodedCopy?: string;
}

/** One table to import: rows already read ({@link RowTable}) or a CSV file for DuckDB to read ({@link CsvTable}). */
export type SourceTable = RowTable | CsvTable;
