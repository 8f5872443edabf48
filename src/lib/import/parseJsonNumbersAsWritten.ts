import { randomBytes } from "node:crypto";

/** A number of a JSON file, as its text wrote it (`12345678901234567890`, `1e-25`). */
export class JsonNumber {
  constructor(readonly written: string) {}
  /** For showing a value in a message only. */
  toJSON(): number {
    return Number(this.written);
  }
}

const mayLoseDigits = /\d(?:\.?\d){15}|\d[eE]/;

// A string literal (skipped whole, so digits inside strings are never touched) or a number literal.
const token = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * `JSON.parse`, except that a number that a double may not hold as written
 * (16 digits or more, or an exponent) comes back as a {@link JsonNumber}
 * holding its literal text: `JSON.parse` rounds to a double, turning the id
 * `12345678901234567890` into `12345678901234567000` and `1e-400` into 0.
 * (Node 20 has no reviver with the source text.) Such literals are quoted
 * behind a random marker before parsing, and the marker turned back into a
 * {@link JsonNumber} after; a string of the file cannot hold the marker by
 * chance (it is 16 random bytes behind a private-use character).
 */
export function parseJsonNumbersAsWritten(text: string): unknown {
  // Fast path: without 16 digits in a row (a point allowed) or an exponent anywhere, every number
  // has at most 15 significant digits, which a double holds as written (String() gives them back).
  if (!mayLoseDigits.test(text)) return JSON.parse(text);
  const marker = `\uE000${randomBytes(16).toString("hex")}:`;
  const quoted = text.replace(token, (t) =>
    t.startsWith('"') || !mayLoseDigits.test(t) ? t : `"${marker}${t}"`,
  );
  let parsed: unknown;
  try {
    parsed = JSON.parse(quoted);
  } catch (error) {
    JSON.parse(text); // the error as the file's own text gives it (its position, its token)
    throw error;
  }
  // Restored where a table's cells are: records of the top-level array, their fields, and the
  // items of a field's array (a list column). Deeper values are refused as not a cell anyway, and
  // a loop, not recursion, keeps a deeply nested file from overflowing the stack.
  const restore = (value: unknown): unknown =>
    typeof value === "string" && value.startsWith(marker)
      ? new JsonNumber(value.slice(marker.length))
      : value;
  if (!Array.isArray(parsed)) return restore(parsed);
  for (let r = 0; r < parsed.length; r++) {
    const record: unknown = parsed[r];
    if (record === null || typeof record !== "object" || Array.isArray(record)) {
      parsed[r] = restore(record);
      continue;
    }
    const fields = record as Record<string, unknown>;
    for (const k of Object.keys(fields)) {
      const field = fields[k];
      if (Array.isArray(field)) for (let i = 0; i < field.length; i++) field[i] = restore(field[i]);
      else fields[k] = restore(field);
    }
  }
  return parsed;
}
