import { isAscii, isUtf8 } from "node:buffer";
import type { Bilingual } from "../../data/Bilingual.ts";

/**
 * The encodings `--encoding` names in the help and README: UTF-8 (the default),
 * Windows-1258 (Vietnamese Windows, "CP1258") and Windows-1252 / Latin-1
 * (Western European). Any other label Node's `TextDecoder` knows is accepted too.
 * TCVN3 (ABC) and VNI are font encodings with no decoder: such files must be
 * converted by the office (Unikey's converter) first.
 */
export const namedEncodings = ["utf-8", "windows-1258", "windows-1252", "latin1"] as const;

/** The canonical name of an encoding label (`cp1258` → `windows-1258`), or undefined when Node cannot decode it. */
export function canonicalEncoding(label: string): string | undefined {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The 1-based line of the first bytes that are not UTF-8, and that line read as Latin-1 (to show it). */
export function firstBadUtf8Line(bytes: Buffer): { line: number; text: string } | undefined {
  let start = 0;
  for (let line = 1; start < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const slice = bytes.subarray(start, end);
    if (!isUtf8(slice)) return { line, text: slice.toString("latin1").trim() };
    start = end + 1;
  }
  return undefined;
}

/** Why a file's bytes cannot be read as text in the encoding asked for. */
export type DecodeFailure =
  | { kind: "not_utf8"; line: number; /** the line read as Latin-1, to show it */ shown: string }
  | { kind: "already_utf8"; encoding: string };

/**
 * The text of a file's bytes: UTF-8 (one pass over the bytes to check them)
 * unless `encoding` names another encoding, then decoded from it and put in
 * Unicode NFC (Windows-1258 writes tone marks as combining characters: "Đại"
 * arrives as "Đa" + U+0323 + "i"). A leading BOM is dropped. Never produces a
 * replacement character: bytes that are not UTF-8 are a failure naming the
 * first bad line, and a file that is valid UTF-8 with letters beyond ASCII is
 * refused when another encoding is named (decoding it again would garble it).
 */
export function decodeText(bytes: Buffer, encoding?: string): { text: string } | DecodeFailure {
  const canonical = encoding === undefined ? "utf-8" : (canonicalEncoding(encoding) ?? encoding);
  const utf8 = isUtf8(bytes);
  if (canonical === "utf-8") {
    if (utf8) return { text: bytes.toString("utf8").replace(/^\uFEFF/, "") };
    const bad = firstBadUtf8Line(bytes) ?? { line: 1, text: "" };
    return { kind: "not_utf8", line: bad.line, shown: bad.text };
  }
  if (utf8 && !isAscii(bytes)) return { kind: "already_utf8", encoding: canonical };
  return {
    text: new TextDecoder(canonical)
      .decode(bytes)
      .replace(/^\uFEFF/, "")
      .normalize("NFC"),
  };
}

/** The message for a file that is not UTF-8; `--encoding` is the way out. */
export const notUtf8Text: Bilingual = {
  vi: `tệp không phải mã UTF-8 (có byte không đọc được); hãy lưu lại dạng UTF-8, hoặc cho biết bảng mã của tệp: --encoding windows-1258 (hoặc ${namedEncodings.slice(2).join(", ")})`,
  en: `the file is not UTF-8 (unreadable bytes); save it again as UTF-8, or name its encoding: --encoding windows-1258 (or ${namedEncodings.slice(2).join(", ")})`,
};

/** The message for a UTF-8 file imported with `--encoding` naming another encoding. */
export function alreadyUtf8Text(encoding: string): Bilingual {
  return {
    vi: `tệp đã là UTF-8 (có chữ có dấu viết bằng UTF-8) nên không đọc theo ${encoding}: đọc lại sẽ làm hỏng chữ; bỏ --encoding`,
    en: `the file is already UTF-8 (its accented letters are UTF-8), so it is not read as ${encoding}: that would garble them; drop --encoding`,
  };
}
