/**
 * Text made safe for XML 1.0 element content and double-quoted attributes:
 * `& < > "` escaped, and the control characters XML 1.0 forbids (all below
 * U+0020 except tab, line feed and carriage return) dropped.
 */
export function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"]/g, (c) => {
    switch (c) {
      case "&":
        return "&amp;";
      case "<":
        return "&lt;";
      case ">":
        return "&gt;";
      default:
        return "&quot;";
    }
  });
}

/**
 * A number as an `xsd:decimal` (no exponent): JS's shortest round-trip form
 * where it has no exponent, else fixed with as many decimals as needed.
 */
export function xmlDecimal(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  return n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}
