// Foreign NGO aid: committed against disbursed by sector and by NGO for every
// year (computeIndicators: aid.committed_usd, aid.disbursed_usd), and the list
// of projects with where they run and what was disbursed to date.
import { z } from "zod";
import { computeIndicators } from "../../../lib/indicators/index.ts";
import { dataYears, defineDataset, isoDate } from "./defineDataset.ts";

const money = z.number().nonnegative();
const split = z.object({ period: z.string(), key: z.string(), committed: money, disbursed: money });
const schema = z.object({
  years: z.array(z.string()),
  bySector: z.array(split),
  byNgo: z.array(split),
  ngoNames: z.record(z.string(), z.string()),
  projects: z.array(
    z.object({
      project: z.string(),
      title: z.string(),
      ngo: z.string(),
      sector: z.string(),
      location: z.string().nullable(),
      approved: z.string(),
      status: z.string(),
      committedUsd: money.nullable(),
      disbursedUsd: money,
    }),
  ),
});

type Split = z.infer<typeof split>;

export const aidDataset = defineDataset("aid.json", schema, async (store) => {
  const years = await dataYears(store);
  const splitBy = async (dim: string): Promise<Split[]> => {
    if (years.length === 0) return [];
    const { rows } = await computeIndicators(store, {
      indicators: ["aid.committed_usd", "aid.disbursed_usd"],
      periods: years,
      by: [dim],
    });
    const out = new Map<string, Split>();
    for (const r of rows) {
      const key = r.dims[dim] ?? "";
      const id = `${r.period}|${key}`;
      const s = out.get(id) ?? { period: r.period, key, committed: 0, disbursed: 0 };
      if (r.indicator === "aid.committed_usd") s.committed = r.value ?? 0;
      else s.disbursed = r.value ?? 0;
      out.set(id, s);
    }
    return [...out.values()].filter((s) => s.committed > 0 || s.disbursed > 0);
  };
  const disbursedToDate = new Map<string, number>();
  if (years.length > 0) {
    const { rows } = await computeIndicators(store, {
      indicators: ["aid.disbursed_usd"],
      periods: years,
      by: ["project"],
    });
    for (const r of rows) {
      const p = r.dims["project"] ?? "";
      disbursedToDate.set(p, (disbursedToDate.get(p) ?? 0) + (r.value ?? 0));
    }
  }
  const projects = await store.all<{
    project: string;
    title: string;
    ngo: string;
    sector: string;
    location: string | null;
    approved: Date;
    status: string;
    committedUsd: number | null;
  }>(`SELECT p.project_id AS project, p.title, coalesce(n.name, p.ngo_id) AS ngo, p.sector, p.location,
             p.approved_on AS approved, p.status, p.committed_amount_usd AS committedUsd
        FROM v_aid_projects p LEFT JOIN ngos n ON n.ngo_id = p.ngo_id ORDER BY p.approved_on DESC`);
  const ngos = await store.all<{ id: string; name: string }>("SELECT ngo_id AS id, name FROM ngos");
  return {
    years,
    bySector: await splitBy("sector_category"),
    byNgo: await splitBy("ngo"),
    ngoNames: Object.fromEntries(ngos.map((n) => [n.id, n.name])),
    projects: projects.map((p) => ({
      ...p,
      approved: isoDate(p.approved) ?? "",
      disbursedUsd: disbursedToDate.get(p.project) ?? 0,
    })),
  };
});
