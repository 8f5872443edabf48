/** The UTF-8 byte order mark: Excel needs it to read Vietnamese text in a CSV file correctly. */
export const utf8Bom = "\uFEFF";

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote, a line
 * break or a leading/trailing space or tab (which readers may trim), with quotes doubled.
 */
export function csvField(value: string): string {
  return /[",\r\n]|^[ \t]|[ \t]$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line, ending in "\n". */
export function csvLine(fields: readonly string[]): string {
  return fields.map(csvField).join(",") + "\n";
}
