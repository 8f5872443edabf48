import { randomBytes } from "node:crypto";

/** A number of a JSON file, as its text wrote it (`12345678901234567890`, `1e-25`). */
export class JsonNumber {
  constructor(readonly written: string) {}
  /** For showing a value in a message only. */
  toJSON(): number {
    return Number(this.written);
  }
}

// A string literal (skipped whole, so digits inside strings are never touched) or a number literal.
const token = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * `JSON.parse`, except that every number comes back as a {@link JsonNumber}
 * holding its literal text: `JSON.parse` rounds to a double, turning the id
 * `12345678901234567890` into `12345678901234567000` and `1e-400` into 0.
 * (Node 20 has no reviver with the source text.) Each number literal is
 * quoted behind a random marker before parsing, and the marker turned back
 * into a {@link JsonNumber} after; a string of the file cannot hold the marker
 * by chance (it is 16 random bytes behind a private-use character).
 */
export function parseJsonNumbersAsWritten(text: string): unknown {
  const marker = `\uE000${randomBytes(16).toString("hex")}:`;
  const quoted = text.replace(token, (t) => (t.startsWith('"') ? t : `"${marker}${t}"`));
  try {
    return JSON.parse(quoted, (_key, value: unknown) =>
      typeof value === "string" && value.startsWith(marker)
        ? new JsonNumber(value.slice(marker.length))
        : value,
    );
  } catch (error) {
    JSON.parse(text); // the error as the file's own text gives it (its position, its token)
    throw error;
  }
}
