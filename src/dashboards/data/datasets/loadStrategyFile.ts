import { existsSync, readFileSync } from "node:fs";
import { DoingoaiError, exitCodes } from "../../../lib/DoingoaiError.ts";
import { parseStrategy, type Strategy } from "../../../data/planning/strategy.ts";
import { sampleStrategyFile } from "../../../lib/report/buildReviewData.ts";
import { isSampleDatabase } from "../../../lib/sample/sampleMarker.ts";
import type { Store } from "../../../lib/store/openStore.ts";
import type { Bilingual } from "../../../data/Bilingual.ts";
import {
  adoptedLabel,
  loadAdoptedStrategy,
  strategySourceName,
} from "../../../lib/planning/adoptedStrategy.ts";

/**
 * The strategy file named by `DOINGOAI_STRATEGY`, parsed and validated. When
 * none is named: the strategy adopted in the database (`doingoai strategy adopt`),
 * else the sample 2026–2030 strategy for the sample's database, and
 * null (no targets) for an office's — an office never sees the sample's
 * targets. An invalid file stops the build with its problems, in Vietnamese
 * and English. `file` says where it came from (for messages), `source` names it
 * for a person, with no path (see {@link strategySourceName}).
 */
export async function loadStrategyFile(
  store: Store,
): Promise<{ file: string; source: Bilingual; strategy: Strategy } | null> {
  const named = process.env["DOINGOAI_STRATEGY"];
  if (named === undefined) {
    const adopted = await loadAdoptedStrategy(store);
    if (adopted !== null) {
      return { file: adoptedLabel(adopted), source: strategySourceName(adopted), strategy: adopted.strategy };
    }
  }
  if (named === undefined && !(await isSampleDatabase(store))) return null;
  const file = named ?? "src/data/sample/strategy-2026-2030.yaml";
  const path = named ?? sampleStrategyFile;
  if (!existsSync(path)) {
    if (named === undefined) return null;
    throw new DoingoaiError(
      {
        vi: `Không có tệp chiến lược ${file} (DOINGOAI_STRATEGY).`,
        en: `No strategy file ${file} (DOINGOAI_STRATEGY).`,
      },
      { exitCode: exitCodes.io },
    );
  }
  const parsed = parseStrategy(readFileSync(path, "utf8"), file);
  if (!parsed.ok) {
    throw new DoingoaiError(
      {
        vi: `Tệp chiến lược ${file} có lỗi: ${parsed.problems.map((p) => p.text.vi).join("; ")}`,
        en: `Strategy file ${file} has problems: ${parsed.problems.map((p) => p.text.en).join("; ")}`,
      },
      { exitCode: exitCodes.invalidData },
    );
  }
  return { file, source: strategySourceName(file), strategy: parsed.strategy };
}

/** Every target of the strategy with the goal and objective it serves. */
export function strategyTargets(strategy: Strategy) {
  return strategy.goals.flatMap((goal) =>
    goal.objectives.flatMap((objective) => objective.targets.map((target) => ({ goal, objective, target }))),
  );
}
