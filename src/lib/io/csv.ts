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

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * injection"): `=`, `+`, `-`, `@`, tab and carriage return.
 */
export const formulaStart = /^'*[=+\-@\t\r]/;

/**
 * Text as written to a CSV cell so that no spreadsheet evaluates it: text
 * starting with a formula character gets a leading `'`, as do texts that
 * already start with `'`s before one (so the import, which removes one `'`,
 * always gives the original back). Only for text columns: numbers and dates
 * are written as they are (`-5` stays a number).
 */
export function protectFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Undoes {@link protectFormula}: one `'` before (further `'`s and) a formula character is removed. */
export function unprotectFormula(text: string): string {
  return /^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
