// Foreign NGO aid: the year's figures, committed and disbursed by sector and by
// NGO, and the projects approved up to the year.
import * as Inputs from "@observablehq/inputs";
import { formatDate, formatNumber } from "doingoai/data/format";
import { committedDisbursedChart } from "../committedDisbursedChart.js";
import { el } from "../dom.js";
import { ui, valueLabel, type Lang } from "../labels.js";
import { valuesFor, type IndicatorsData } from "../overview.js";
import type { SiteOffice } from "../pageTools.js";
import { pageFrame, type PageSections } from "./pageFrame.js";
import { wordsIn } from "./pageStrings.js";

/** The shape of data/aid.json (see its loader). */
export interface AidData {
  years: string[];
  bySector: { period: string; key: string; committed: number; disbursed: number }[];
  byNgo: { period: string; key: string; committed: number; disbursed: number }[];
  ngoNames: Record<string, string>;
  projects: {
    project: string;
    title: string;
    /** The English title where recorded (aid_projects.title_en). */
    titleEn: string | null;
    ngo: string;
    sector: string;
    location: string | null;
    approved: string;
    status: string;
    committedUsd: number | null;
    disbursedUsd: number;
  }[];
  /** How many projects were approved up to each year; the page lists the most recent of them. */
  projectsUpTo: Record<string, number>;
  /** How many projects the page lists for a year (the loader's cap; it ships these for every year). */
  projectsShown: number;
}

/** Every text of the aid page, in Vietnamese and English. */
export const aidStrings = {
  heading: { vi: "Viện trợ phi chính phủ nước ngoài", en: "Foreign NGO aid" },
  sectorTitle: {
    vi: (year: string) => `Cam kết và giải ngân theo lĩnh vực, năm ${year}`,
    en: (year: string) => `Committed and disbursed by sector, ${year}`,
  },
  sectorDescription: {
    vi: (year: string) =>
      `Giá trị cam kết của dự án phê duyệt năm ${year} và giá trị giải ngân trong năm, theo lĩnh vực (mã DAC 3 chữ số), USD.`,
    en: (year: string) =>
      `Committed value of projects approved in ${year} and disbursements in the year, by sector (DAC 3-digit), USD.`,
  },
  ngoTitle: {
    vi: (year: string) => `Cam kết và giải ngân theo tổ chức, năm ${year}`,
    en: (year: string) => `Committed and disbursed by NGO, ${year}`,
  },
  ngoDescription: {
    vi: (year: string) =>
      `Giá trị cam kết và giải ngân năm ${year} theo tổ chức phi chính phủ nước ngoài, USD.`,
    en: (year: string) => `Committed and disbursed in ${year} by foreign NGO, USD.`,
  },
  projectsShown: {
    vi: (shown: string, all: string) =>
      `${shown} dự án phê duyệt gần nhất trong số ${all} dự án; danh sách đầy đủ trong tệp tải về.`,
    en: (shown: string, all: string) =>
      `The ${shown} most recently approved of ${all} projects; the full list is in the download.`,
  },
  projectsDownload: {
    vi: "Tải danh sách tất cả dự án (CSV)",
    en: "Download the list of all projects (CSV)",
  },
  projectsSection: {
    vi: (year: string) => `Các dự án đã phê duyệt đến năm ${year}`,
    en: (year: string) => `Projects approved up to ${year}`,
  },
  projectColumns: {
    vi: {
      title: "Dự án",
      ngo: "Tổ chức",
      sector: "Lĩnh vực",
      location: "Địa bàn",
      approved: "Ngày phê duyệt",
      status: "Tình trạng",
      committedUsd: "Cam kết (USD)",
      disbursedUsd: "Đã giải ngân (USD)",
    },
    en: {
      title: "Project",
      ngo: "NGO",
      sector: "Sector",
      location: "Location",
      approved: "Approved",
      status: "Status",
      committedUsd: "Committed (USD)",
      disbursedUsd: "Disbursed to date (USD)",
    },
  },
};

/** The aid page in `lang`, from the site's office.json, aid.json, indicators.json and the address of aidProjects.csv. */
export function aidPage(
  lang: Lang,
  {
    office,
    aid: data,
    indicators,
    aidProjects,
  }: { office: SiteOffice; aid: AidData; indicators: IndicatorsData; aidProjects: string },
): HTMLElement {
  const s = wordsIn(aidStrings, lang);
  const measures = { committed: ui.committed[lang], disbursed: ui.disbursed[lang] };
  const usd = (v: number | null) => formatNumber(v, { lang, digits: 0 });
  const sections: PageSections = (year, { empty, chart, cards }) => {
    const values = valuesFor(indicators, year, [
      "aid.ngos_licensed",
      "aid.projects_approved",
      "aid.committed_usd",
      "aid.disbursed_usd",
      "aid.disbursement_rate",
    ]);
    const sectors = data.bySector.filter((d) => d.period === year);
    const ngos = data.byNgo.filter((d) => d.period === year);
    const projects = data.projects
      .filter((p) => p.approved.slice(0, 4) <= year)
      .slice(0, data.projectsShown)
      // the English page names a project by its English title where the office recorded one
      .map((p) => (lang === "en" && p.titleEn ? { ...p, title: p.titleEn } : p));
    const all = data.projectsUpTo[year] ?? projects.length;
    return [
      cards(values, 4),
      chart(
        (width) =>
          committedDisbursedChart(sectors, {
            width,
            lang,
            measures,
            xLabel: "USD",
            keyLabel: (k) => valueLabel("sectorCategory", k, lang),
            title: s.sectorTitle(year),
            description: s.sectorDescription(year),
          }),
        sectors.length > 0,
      ),
      chart(
        (width) =>
          committedDisbursedChart(ngos, {
            width,
            lang,
            measures,
            xLabel: "USD",
            keyLabel: (k) => data.ngoNames[k] ?? k,
            title: s.ngoTitle(year),
            description: s.ngoDescription(year),
          }),
        ngos.length > 0,
      ),
      el("h2", {}, s.projectsSection(year)),
      all > projects.length
        ? el(
            "p",
            {},
            s.projectsShown(
              formatNumber(projects.length, { lang, digits: 0 }),
              formatNumber(all, { lang, digits: 0 }),
            ),
          )
        : null,
      el("p", {}, el("a", { href: aidProjects, download: "aidProjects.csv" }, s.projectsDownload)),
      projects.length
        ? Inputs.table(projects, {
            columns: [
              "title",
              "ngo",
              "sector",
              "location",
              "approved",
              "status",
              "committedUsd",
              "disbursedUsd",
            ],
            header: s.projectColumns,
            format: {
              sector: (code: string) => valueLabel("sectorCategory", code.slice(0, 3), lang),
              approved: (d: string) => formatDate(d),
              status: (status: string) => valueLabel("aidStatus", status, lang),
              committedUsd: usd,
              disbursedUsd: usd,
            },
            select: false,
          })
        : empty(),
    ];
  };
  return pageFrame({ path: "aid", lang, office, heading: s.heading, years: data.years, sections });
}
