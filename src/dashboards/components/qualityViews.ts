import type { BarDatum } from "./barChart.js";
import type { Bilingual, Lang } from "./labels.js";

/** The shape of data/quality.json (see its loader). */
export interface QualityData {
  rules: { id: string; title: Bilingual; severity: "error" | "warning" }[];
  counts: { rule: string; severity: "error" | "warning"; count: number }[];
  total: number;
  findings: {
    rule: string;
    severity: "error" | "warning";
    entity: string;
    key: string;
    message: Bilingual;
  }[];
  imports: {
    id: number;
    started: string;
    seconds: number;
    command: string;
    sources: string[];
    rows: number;
  }[];
}

/** Findings per rule, stacked by severity, labelled with the rule's title. */
export function findingsByRule(data: QualityData, lang: Lang): BarDatum[] {
  return data.counts.map((c) => ({
    key: data.rules.find((r) => r.id === c.rule)?.title[lang] ?? c.rule,
    group: c.severity,
    value: c.count,
  }));
}
