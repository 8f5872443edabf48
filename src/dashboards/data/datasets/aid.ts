// Foreign NGO aid: committed against disbursed by sector and by NGO for every
// year (computeIndicators: aid.committed_usd, aid.disbursed_usd), and the
// projects with where they run and what was disbursed to date: on the page the
// most recent ones approved up to each year (a large province has thousands),
// in aidProjects.csv every one.
import { z } from "zod";
import { formatDate } from "../../../data/format.ts";
import { computeIndicators } from "../../../lib/indicators/index.ts";
import { csvLine, protectFormula, utf8Bom } from "../../../lib/io/csv.ts";
import type { Store } from "../../../lib/store/openStore.ts";
import { dataYears, defineDataset, isoDate } from "./defineDataset.ts";

/** How many projects the page lists for a year: the most recently approved up to it. */
export const projectsShown = 50;

const money = z.number().nonnegative();
const split = z.object({ period: z.string(), key: z.string(), committed: money, disbursed: money });
const project = z.object({
  project: z.string(),
  title: z.string(),
  /** The English title (aid_projects.title_en) where recorded: the English page shows it. */
  titleEn: z.string().nullable(),
  ngo: z.string(),
  sector: z.string(),
  location: z.string().nullable(),
  approved: z.string(),
  status: z.string(),
  committedUsd: money.nullable(),
  disbursedUsd: money,
});
const schema = z.object({
  years: z.array(z.string()),
  bySector: z.array(split),
  byNgo: z.array(split),
  ngoNames: z.record(z.string(), z.string()),
  /** The {@link projectsShown} most recently approved up to each year (newest first), together. */
  projects: z.array(project),
  /** How many projects were approved up to each year (all of them are in aidProjects.csv). */
  projectsUpTo: z.record(z.string(), z.number().int().nonnegative()),
  /** How many projects the page lists for a year: {@link projectsShown}, shipped so the page reads the loader's cap. */
  projectsShown: z.number().int().positive(),
});

type Split = z.infer<typeof split>;
type Project = z.infer<typeof project>;

/** Every aid project, newest approval first, with what was disbursed to it over the years offered. */
async function allProjects(store: Store, years: string[]): Promise<Project[]> {
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
    titleEn: string | null;
    ngo: string;
    sector: string;
    location: string | null;
    approved: Date;
    status: string;
    committedUsd: number | null;
  }>(`SELECT p.project_id AS project, p.title, p.title_en AS titleEn, coalesce(n.name, p.ngo_id) AS ngo, p.sector, p.location,
             p.approved_on AS approved, p.status, p.committed_amount_usd AS committedUsd
        FROM v_aid_projects p LEFT JOIN ngos n ON n.ngo_id = p.ngo_id
       ORDER BY p.approved_on DESC, p.project_id`);
  return projects.map((p) => ({
    ...p,
    approved: isoDate(p.approved) ?? "",
    disbursedUsd: disbursedToDate.get(p.project) ?? 0,
  }));
}

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
  const projects = await allProjects(store, years);
  const shown = new Set<Project>();
  const projectsUpTo: Record<string, number> = {};
  for (const year of years) {
    const upTo = projects.filter((p) => p.approved.slice(0, 4) <= year);
    projectsUpTo[year] = upTo.length;
    for (const p of upTo.slice(0, projectsShown)) shown.add(p);
  }
  const ngos = await store.all<{ id: string; name: string }>("SELECT ngo_id AS id, name FROM ngos");
  return {
    years,
    bySector: await splitBy("sector_category"),
    byNgo: await splitBy("ngo"),
    ngoNames: Object.fromEntries(ngos.map((n) => [n.id, n.name])),
    projects: projects.filter((p) => shown.has(p)),
    projectsUpTo,
    projectsShown,
  };
});

/** The columns of aidProjects.csv, headed in Vietnamese and English. */
const csvColumns: [keyof Project, string][] = [
  ["project", "Mã dự án / Project id"],
  ["title", "Dự án / Project"],
  ["ngo", "Tổ chức / NGO"],
  ["sector", "Lĩnh vực (mã DAC) / Sector (DAC code)"],
  ["location", "Địa bàn / Location"],
  ["approved", "Ngày phê duyệt / Approved"],
  ["status", "Tình trạng / Status"],
  ["committedUsd", "Cam kết (USD) / Committed (USD)"],
  ["disbursedUsd", "Đã giải ngân (USD) / Disbursed to date (USD)"],
];

/**
 * Every aid project as the page lists them, for a spreadsheet: UTF-8 with a
 * byte order mark (Excel), dates dd/mm/yyyy, amounts as plain numbers, text
 * protected from being read as a formula. The page links it.
 */
export const aidProjectsCsvDataset = defineDataset(
  "aidProjects.csv",
  z.array(project),
  async (store) => allProjects(store, await dataYears(store)),
  (projects) =>
    utf8Bom +
    csvLine(csvColumns.map(([, head]) => head)) +
    projects
      .map((p) =>
        csvLine(
          csvColumns.map(([key]) => {
            const value = p[key];
            if (value === null) return "";
            if (key === "approved") return formatDate(String(value));
            return typeof value === "number" ? String(value) : protectFormula(value);
          }),
        ),
      )
      .join(""),
);
