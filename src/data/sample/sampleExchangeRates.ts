import type { ExchangeRate } from "../exchangeRates.ts";
import { day, dayOf, iso } from "./days.ts";
import type { Random } from "./Random.ts";

/** Currencies the sample carries a monthly rate for. */
export const sampleCurrencies = ["USD", "EUR", "JPY", "KRW", "CNY", "AUD", "THB", "LAK"] as const;
export type SampleCurrency = (typeof sampleCurrencies)[number];

/** Real State Bank of Viet Nam central rates (docs/conventions.md §2), kept on their own dates. */
export const stateBankUsdRates: readonly { on: string; vnd_per_unit: number }[] = [
  { on: "2020-12-24", vnd_per_unit: 23162 },
  { on: "2022-12-23", vnd_per_unit: 23631 },
  { on: "2023-08-28", vnd_per_unit: 23942 },
];

const firstYear = 2013;
// Mid-year anchors 2013…2026, close to the State Bank's central rate, VND per USD.
const usdAnchors = [
  21000, 21200, 21800, 22300, 22700, 22900, 23150, 23180, 23130, 23400, 23800, 24250, 24950, 25250,
];
// Other currencies: units per USD (EUR and AUD: USD per unit, flagged `inverse`).
const crossAnchors: Record<
  Exclude<SampleCurrency, "USD">,
  { anchors: number[]; inverse?: true; digits: number }
> = {
  EUR: {
    anchors: [1.33, 1.33, 1.11, 1.11, 1.13, 1.18, 1.12, 1.14, 1.18, 1.05, 1.08, 1.08, 1.13, 1.16],
    inverse: true,
    digits: 2,
  },
  JPY: { anchors: [98, 106, 121, 109, 112, 110, 109, 107, 110, 131, 140, 151, 149, 150], digits: 2 },
  KRW: {
    anchors: [1095, 1053, 1131, 1160, 1130, 1100, 1166, 1180, 1144, 1292, 1306, 1364, 1420, 1400],
    digits: 4,
  },
  CNY: {
    anchors: [6.2, 6.16, 6.28, 6.64, 6.75, 6.62, 6.91, 6.9, 6.45, 6.73, 7.08, 7.19, 7.2, 7.1],
    digits: 2,
  },
  AUD: {
    anchors: [0.97, 0.9, 0.75, 0.74, 0.77, 0.75, 0.7, 0.69, 0.75, 0.69, 0.66, 0.66, 0.65, 0.66],
    inverse: true,
    digits: 2,
  },
  THB: { anchors: [30.7, 32.5, 34.2, 35.3, 33.9, 32.3, 31, 31.3, 32, 35.1, 34.8, 35.3, 33, 32.5], digits: 2 },
  LAK: {
    anchors: [7850, 8050, 8150, 8180, 8350, 8450, 8700, 9100, 9700, 14000, 17700, 21300, 21700, 21900],
    digits: 4,
  },
};

/** Linear interpolation between mid-year anchors; flat beyond the ends. */
function interpolate(anchors: number[], year: number, month: number): number {
  const t = year - firstYear + (month - 1) / 12 - 0.5;
  if (t <= 0) return anchors[0]!;
  if (t >= anchors.length - 1) return anchors[anchors.length - 1]!;
  const i = Math.floor(t);
  return anchors[i]! + (anchors[i + 1]! - anchors[i]!) * (t - i);
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

const syntheticSource = "Tỷ giá mẫu tổng hợp / synthetic sample rate";
const stateBankSource = "NHNN, tỷ giá trung tâm / State Bank of Viet Nam central rate";

/**
 * Monthly rates (first day of each month, 2013-01 to 2026-12, so that aid approved before the sample's years converts too) for every sample
 * currency — plausible synthetic values — plus the real State Bank USD rates.
 */
export function sampleExchangeRates(random: Random): ExchangeRate[] {
  const out: ExchangeRate[] = [];
  for (let year = firstYear; year <= 2026; year++) {
    for (let month = 1; month <= 12; month++) {
      const on = iso(dayOf(year, month, 1));
      const usd = Math.round(interpolate(usdAnchors, year, month) * (1 + random.between(-0.003, 0.003)));
      out.push({ on, currency: "USD", vnd_per_unit: usd, source: syntheticSource });
      for (const [currency, spec] of Object.entries(crossAnchors)) {
        const cross = interpolate(spec.anchors, year, month) * (1 + random.between(-0.01, 0.01));
        const vnd = spec.inverse ? usd * cross : usd / cross;
        out.push({ on, currency, vnd_per_unit: round(vnd, spec.digits), source: syntheticSource });
      }
    }
  }
  for (const r of stateBankUsdRates) out.push({ ...r, currency: "USD", source: stateBankSource });
  out.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.currency < b.currency ? -1 : 1));
  return out;
}

/** Looks up the last rate on or before a day, as the store's money views do. */
export class RateBook {
  private readonly byCurrency = new Map<string, { days: number[]; values: number[] }>();

  constructor(rates: readonly ExchangeRate[]) {
    const sorted = [...rates].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    for (const r of sorted) {
      let s = this.byCurrency.get(r.currency);
      if (!s) this.byCurrency.set(r.currency, (s = { days: [], values: [] }));
      s.days.push(day(r.on));
      s.values.push(r.vnd_per_unit);
    }
  }

  /** VND per unit of `currency` on day `d` (VND is 1); throws when no rate is on or before it. */
  vnd(currency: string, d: number): number {
    if (currency === "VND") return 1;
    const s = this.byCurrency.get(currency);
    if (!s || s.days[0]! > d) throw new Error(`no ${currency} rate on or before ${iso(d)}`);
    let lo = 0;
    let hi = s.days.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s.days[mid]! <= d) lo = mid;
      else hi = mid - 1;
    }
    return s.values[lo]!;
  }

  /** An amount in `currency` on day `d`, in USD. */
  usd(amount: number, currency: string, d: number): number {
    return currency === "USD" ? amount : (amount * this.vnd(currency, d)) / this.vnd("USD", d);
  }

  /** An amount in USD on day `d`, in `currency`. */
  fromUsd(usd: number, currency: string, d: number): number {
    return currency === "USD" ? usd : (usd * this.vnd("USD", d)) / this.vnd(currency, d);
  }
}
