import { stringify as stringifyYaml } from "yaml";
import type { Strategy } from "../../data/planning/strategy.ts";

/**
 * A strategy as the text of a strategy file: JSON (2-space indent) when
 * `fileName` ends in .json, else YAML with a short bilingual header. Reading
 * it back with `parseStrategy` gives the same strategy. Browser-safe.
 */
export function formatStrategy(strategy: Strategy, fileName = "strategy.yaml"): string {
  if (/\.json$/i.test(fileName)) return JSON.stringify(strategy, null, 2) + "\n";
  const header = [
    `# ${strategy.title.vi}`,
    `# ${strategy.title.en}`,
    ...(strategy.draft === undefined
      ? []
      : [
          `#`,
          `# Dự thảo do doingoai strategy draft soạn ngày ${strategy.draft.drafted_on.split("-").reverse().join("/")} từ dữ liệu của cơ quan; cần rà soát trước khi trình.`,
          `# Drafted by doingoai strategy draft on ${strategy.draft.drafted_on.split("-").reverse().join("/")} from the office's data; review it before submitting.`,
          `# Check: doingoai strategy check ${fileName}`,
        ]),
  ];
  return `${header.join("\n")}\n\n${stringifyYaml(strategy, { lineWidth: 0 })}`;
}
