const literal = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Exponents beyond this are left as written (and refused by the number rules): no amount needs them. */
const maxExponent = 400;

/**
 * The number a literal writes (`1e-25`, `12345678901234567890`, `1.5E+3`, as
 * JSON, a workbook's XML or `String(number)` spell it) as plain decimal text
 * with exactly the written digits: `0.0000000000000000000000001`,
 * `12345678901234567890`, `1500`. Nothing is rounded, so the importer's number
 * rules judge the value as written (a double holding it only approximately is
 * refused there) and an id or text column keeps every digit. Trailing zeros
 * of a fraction are dropped (`1.50` → `1.5`); a result that the text rules
 * would call ambiguous (`1.234`) gets one more zero (`1.2340`), so it still
 * reads as the decimal the file holds. Anything else is returned unchanged.
 */
export function writtenNumberText(written: string): string {
  const m = literal.exec(written);
  if (!m) return written;
  const [, sign, whole, fraction = "", exponent = "0"] = m;
  const shift = Number(exponent);
  if (Math.abs(shift) > maxExponent) return written;
  const digits = whole! + fraction;
  const point = whole!.length + shift;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = "0";
    frac = "0".repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + "0".repeat(point - digits.length);
    frac = "";
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  int = int.replace(/^0+(?=\d)/, "");
  frac = frac.replace(/0+$/, "");
  if (/^0*$/.test(int + frac)) return "0";
  const text = `${sign === "-" ? "-" : ""}${int}${frac === "" ? "" : `.${frac}`}`;
  return /^-?\d{1,3}\.\d{3}$/.test(text) ? `${text}0` : text;
}
