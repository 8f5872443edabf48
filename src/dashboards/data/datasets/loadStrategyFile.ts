import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { DoingoaiError, exitCodes } from "../../../lib/DoingoaiError.ts";
import { parseStrategy, type Strategy } from "../../../lib/planning/strategy.ts";

/** The strategy the dashboards show when DOINGOAI_STRATEGY names none: the sample 2026–2030 strategy. */
export const defaultStrategyFile = "src/data/sample/strategy-2026-2030.yaml";

/** Where that file is: in the package (not the working directory), so an installed doingoai finds it. */
const defaultStrategyPath = fileURLToPath(
  new URL("../../../data/sample/strategy-2026-2030.yaml", import.meta.url),
);

/**
 * The strategy file named by `DOINGOAI_STRATEGY` (default the sample's), parsed
 * and validated; null when the default file is absent. An invalid file stops
 * the build with its problems, in Vietnamese and English.
 */
export function loadStrategyFile(): { file: string; strategy: Strategy } | null {
  const named = process.env["DOINGOAI_STRATEGY"];
  const file = named ?? defaultStrategyFile;
  const path = named ?? defaultStrategyPath;
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
  return { file, strategy: parsed.strategy };
}

/** Every target of the strategy with the goal and objective it serves. */
export function strategyTargets(strategy: Strategy) {
  return strategy.goals.flatMap((goal) =>
    goal.objectives.flatMap((objective) => objective.targets.map((target) => ({ goal, objective, target }))),
  );
}
