/** A text a person reads, in Vietnamese (first) and English. */
export interface Bilingual {
  vi: string;
  en: string;
}

/** The languages doingoai speaks; Vietnamese is the default everywhere. */
export type Lang = "vi" | "en";
