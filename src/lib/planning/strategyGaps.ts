import type { Bilingual } from "../../data/Bilingual.ts";
import type { Strategy, StrategyProblem } from "../../data/planning/strategy.ts";

/** The mark of a part the office still has to write, in documents and in drafted files. */
export const toBeWritten: Bilingual = { vi: "[để cơ quan soạn]", en: "[to be written by the office]" };

/** "[để cơ quan soạn / to be written by the office]": both languages, as the documents print it. */
export const toBeWrittenText = `${toBeWritten.vi.slice(0, -1)} / ${toBeWritten.en.slice(1)}`;

/** A text still a placeholder: empty, or in square brackets (e.g. "[đơn vị chủ trì]"). */
function placeholder(text: string | undefined): boolean {
  return text === undefined || text.trim() === "" || /^\[.*\]$/su.test(text.trim());
}

function emptyList(list: readonly Bilingual[] | undefined): boolean {
  return list === undefined || list.length === 0 || list.every((b) => placeholder(b.vi) && placeholder(b.en));
}

/**
 * The parts of a strategy that the data cannot draft and the office has not yet
 * written: viewpoints, each goal's tasks and solutions, the organisation of
 * implementation, and each programme's lead unit (a bracketed placeholder counts
 * as not written). `strategy check --final` reports each as an error; the
 * document prints {@link toBeWrittenText} in its place.
 */
export function strategyGaps(strategy: Strategy): StrategyProblem[] {
  const gaps: StrategyProblem[] = [];
  const gap = (path: string, vi: string, en: string) =>
    gaps.push({ severity: "error", path, text: { vi: `${path}: ${vi}`, en: `${path}: ${en}` } });
  if (emptyList(strategy.viewpoints)) {
    gap("viewpoints", "chưa có quan điểm (mục II)", "no viewpoints yet (section II)");
  }
  strategy.goals.forEach((goal, i) => {
    if (emptyList(goal.tasks)) {
      gap(`goals[${i}].tasks`, `mục tiêu ${goal.id} chưa có nhiệm vụ`, `goal ${goal.id} has no tasks yet`);
    }
    if (emptyList(goal.solutions)) {
      gap(
        `goals[${i}].solutions`,
        `mục tiêu ${goal.id} chưa có giải pháp`,
        `goal ${goal.id} has no solutions yet`,
      );
    }
  });
  if (emptyList(strategy.implementation)) {
    gap(
      "implementation",
      "chưa có phần tổ chức thực hiện (mục VIII)",
      "no organisation of implementation yet (section VIII)",
    );
  }
  strategy.programmes.forEach((p, i) => {
    if (placeholder(p.lead_unit)) {
      gap(
        `programmes[${i}].lead_unit`,
        `chương trình ${p.agreement_id} chưa có đơn vị chủ trì`,
        `programme ${p.agreement_id} has no lead unit yet`,
      );
    }
  });
  return gaps;
}
