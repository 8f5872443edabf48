/**
 * ISO 4217 currency codes as the JavaScript runtime knows them.
 *
 * `Intl.supportedValuesOf("currency")` is enough here: it is the ISO 4217 list
 * that ships with the runtime's ICU/CLDR data (Node and every current browser),
 * so nothing is fetched and no list is kept by hand. It holds every currency in
 * use today (VND, USD, EUR, JPY, KRW, LAK…) and recently retired ones (HRK),
 * which is what an office's records of the last decades carry; it leaves out
 * long-dead codes (DEM) and precious metals (XAU), which no aid project or
 * delegation cost is recorded in. A newer runtime may know a newly issued code
 * before an older one does; that is the only way two machines can disagree.
 */
const codes: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));

/** True when `code` is an ISO 4217 currency code, upper case, e.g. "VND" or "USD" (not "vnd"). */
export function isCurrencyCode(code: string): boolean {
  return codes.has(code);
}
