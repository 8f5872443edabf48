/**
 * The authority over the issuer on two lines where it is long, broken before the province
 * ("ỦY BAN NHÂN DÂN" / "TỈNH THÁI NGUYÊN"), never inside its name.
 */
export function authorityLines(authority: string): string[] {
  const m = /^(ỦY BAN NHÂN DÂN|PEOPLE'S COMMITTEE OF)\s+(.+)$/u.exec(authority);
  return m && authority.length > 24 ? [m[1]!, m[2]!] : [authority];
}
