// Data quality: the findings of every check rule (the checks library's
// runChecks, as `doingoai check`), the rules themselves, and the import history.
import { z } from "zod";
import { listRules, runChecks } from "../../../lib/checks/index.ts";
import { defineDataset } from "./defineDataset.ts";

const bilingual = z.object({ vi: z.string(), en: z.string() });
// The page shows at most this many findings in its table (the chart counts them all), to stay light.
const maxListed = 500;

const schema = z.object({
  rules: z.array(z.object({ id: z.string(), title: bilingual, severity: z.enum(["error", "warning"]) })),
  counts: z.array(
    z.object({ rule: z.string(), severity: z.enum(["error", "warning"]), count: z.number().int() }),
  ),
  total: z.number().int().nonnegative(),
  findings: z
    .array(
      z.object({
        rule: z.string(),
        severity: z.enum(["error", "warning"]),
        entity: z.string(),
        key: z.string(),
        message: bilingual,
      }),
    )
    .max(maxListed),
  imports: z.array(
    z.object({
      id: z.number().int(),
      started: z.string(),
      seconds: z.number().nonnegative(),
      command: z.string(),
      sources: z.array(z.string()),
      rows: z.number().int().nonnegative(),
    }),
  ),
});

export const qualityDataset = defineDataset("quality.json", schema, async (store) => {
  const rules = listRules();
  const findings = await runChecks(store);
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  const imports = await store.all<{
    id: number;
    started: Date;
    finished: Date;
    command: string;
    sources: string[];
    rows: string;
  }>(`SELECT import_id AS id, started_at AS started, finished_at AS finished, command, sources,
             CAST(rows_by_entity AS VARCHAR) AS rows
        FROM import_log ORDER BY import_id DESC LIMIT 200`);
  return {
    rules: rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity })),
    counts: rules
      .filter((r) => counts.has(r.id))
      .map((r) => ({ rule: r.id, severity: r.severity, count: counts.get(r.id) ?? 0 })),
    total: findings.length,
    findings: findings.slice(0, maxListed).map(({ rule, severity, entity, key, message }) => ({
      rule,
      severity,
      entity,
      key,
      message,
    })),
    imports: imports.map((i) => {
      // rows_by_entity: {entity: {rows, inserted, updated}} (older logs: {entity: rows}).
      const byEntity = JSON.parse(i.rows) as Record<string, number | { rows?: number }>;
      const rows = Object.values(byEntity).reduce<number>(
        (sum, v) => sum + (typeof v === "number" ? v : Number(v?.rows ?? 0)),
        0,
      );
      return {
        id: Number(i.id),
        // The importer writes started_at as UTC wall time (toISOString); shown as such, marked UTC.
        started: i.started.toISOString().slice(0, 19).replace("T", " "),
        seconds: Math.max(0, (i.finished.getTime() - i.started.getTime()) / 1000),
        command: i.command,
        sources: [...i.sources],
        rows,
      };
    }),
  };
});
