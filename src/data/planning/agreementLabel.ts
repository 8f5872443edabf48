import type { Bilingual, Lang } from "../Bilingual.ts";
import { countryName } from "../countries.ts";

/** What {@link agreementLabel} reads of an agreement. */
export interface AgreementLabelFacts {
  agreement_id: string;
  /** The partner's name as recorded (partners.name), else its id. */
  partner: string;
  /** The partner's Vietnamese name (partners.name_vi), when recorded. */
  partner_vi?: string | null;
  country: string | null;
  kind: string;
  /** ISO date. */
  signed_on: string;
}

const kindWords: Record<string, { vi: string; en: string }> = {
  mou: { vi: "MOU", en: "MOU" },
  agreement: { vi: "Thỏa thuận", en: "Agreement" },
  sister_relationship: { vi: "Kết nghĩa", en: "Twinning" },
  other: { vi: "Văn bản", en: "Document" },
};

/** "Tỉnh Luông Pha Băng" → "Luông Pha Băng"; "Gunma Prefecture" → "Gunma". */
export function shortPartnerName(name: string): string {
  const short = name
    .replace(/^(tỉnh|thành phố|tp\.?|quận|huyện|bang|vùng|đô thị)\s+/iu, "")
    .replace(/\s+(province|prefecture|city|county|state|region|municipality)$/iu, "")
    .trim();
  return short === "" ? name : short;
}

/**
 * A short, readable name of an agreement for charts and lists: partner (Vietnamese name in
 * Vietnamese where recorded), its country, the kind and the year signed —
 * "Luông Pha Băng (Lào) · MOU 2018". The full title stays in tables and tooltips.
 */
export function agreementLabel(a: AgreementLabelFacts, lang: Lang): string {
  const name = shortPartnerName(lang === "vi" ? (a.partner_vi ?? a.partner) : a.partner);
  // a Vietnamese name may carry its country already ("Luang Prabang (Lào)"): not twice
  const country =
    a.country && !name.endsWith(`(${countryName(a.country, lang)})`)
      ? ` (${countryName(a.country, lang)})`
      : "";
  const kind = (kindWords[a.kind] ?? kindWords["other"]!)[lang];
  return `${name}${country} · ${kind} ${a.signed_on.slice(0, 4)}`;
}

/**
 * {@link agreementLabel} of each agreement, made unique: where two agreements would read
 * alike, the month signed is added ("… · MOU 03/2018"), then the agreement id.
 */
export function agreementLabels(list: readonly AgreementLabelFacts[], lang: Lang): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, number>();
  const base = list.map((a) => agreementLabel(a, lang));
  for (const b of base) seen.set(b, (seen.get(b) ?? 0) + 1);
  const second = list.map((a, i) =>
    seen.get(base[i]!)! > 1
      ? `${base[i]!.slice(0, -4)}${a.signed_on.slice(5, 7)}/${a.signed_on.slice(0, 4)}`
      : base[i]!,
  );
  const seen2 = new Map<string, number>();
  for (const b of second) seen2.set(b, (seen2.get(b) ?? 0) + 1);
  list.forEach((a, i) => {
    const label = second[i]!;
    out.set(a.agreement_id, seen2.get(label)! > 1 ? `${label} (${a.agreement_id})` : label);
  });
  return out;
}

/**
 * {@link agreementLabels} in both languages of agreements as `reviewAgreements` gives them
 * (partner by name, else id): one label per agreement id, unique within the list.
 */
export function reviewedAgreementLabels(
  reviews: readonly {
    agreement_id: string;
    partner_id: string;
    partner_name: string | null;
    partner_name_vi?: string | null;
    country: string | null;
    kind: string;
    signed_on: string;
  }[],
): Map<string, Bilingual> {
  const facts = reviews.map((r) => ({
    agreement_id: r.agreement_id,
    partner: r.partner_name ?? r.partner_id,
    partner_vi: r.partner_name_vi ?? null,
    country: r.country,
    kind: r.kind,
    signed_on: r.signed_on,
  }));
  const vi = agreementLabels(facts, "vi");
  const en = agreementLabels(facts, "en");
  return new Map(
    facts.map((f) => [f.agreement_id, { vi: vi.get(f.agreement_id)!, en: en.get(f.agreement_id)! }]),
  );
}
