/** What an export wrote (`exportData`, `exportParquet`). */
export interface ExportSummary {
  /** Paths written, in entity order. */
  files: string[];
  /** Rows written per entity. */
  rows: Record<string, number>;
}
