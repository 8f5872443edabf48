import { DoingoaiError, exitCodes } from "../DoingoaiError.ts";
import { defineIndicator } from "./defineIndicator.ts";
import type { IndicatorDef, IndicatorSpec } from "./IndicatorDef.ts";
import { indicatorSpecs } from "./registry.ts";

/** A set of indicators that `computeIndicators` can compute by id: the built-ins, extended with your own. */
export interface IndicatorRegistry {
  /** Every indicator: the base registry's first, in its order, then the added ones in the order given. */
  readonly specs: readonly IndicatorSpec[];
  /** Every indicator's description (no SQL), in registry order. */
  list(): IndicatorDef[];
  /** The indicator with this id, or undefined. */
  get(id: string): IndicatorSpec | undefined;
}

function registryOf(specs: readonly IndicatorSpec[]): IndicatorRegistry {
  const byId = new Map(specs.map((s) => [s.id, s]));
  return Object.freeze({
    specs: Object.freeze([...specs]),
    list: () => [...specs],
    get: (id: string) => byId.get(id),
  });
}

/** The built-in indicators of docs/conventions.md §4 (what `computeIndicators` uses by default). */
export const builtinRegistry: IndicatorRegistry = registryOf(indicatorSpecs);

/**
 * A registry of the built-in indicators (or of `options.base`) plus your own,
 * each checked with {@link defineIndicator}. Pass it to `computeIndicators`
 * as `{ registry }`: ids of your indicators then resolve like built-in ids, and
 * a query without `indicators` computes all of them.
 *
 * @param indicators Your indicator definitions.
 * @param options.base The registry to extend; default {@link builtinRegistry}.
 * @throws {@link DoingoaiError} (exit code 2) `invalid indicator: <id>: …` for an invalid
 *   definition, an id already in the base registry, or the same id twice.
 * @example
 * const registry = createRegistry([leadershipInbound]);
 * await computeIndicators(store, { indicators: ["delegations.inbound", "delegations.leadership_inbound"] }, { registry });
 */
export function createRegistry(
  indicators: readonly IndicatorSpec[],
  options: { base?: IndicatorRegistry } = {},
): IndicatorRegistry {
  const base = options.base ?? builtinRegistry;
  const seen = new Set<string>();
  for (const spec of indicators) {
    defineIndicator(spec);
    const clash = base.get(spec.id) !== undefined ? "already used by an indicator of the base registry" : "";
    const twice = seen.has(spec.id) ? "given twice" : "";
    if (clash || twice) {
      const vi = clash ? "đã là mã của một chỉ số có sẵn" : "bị khai báo hai lần";
      throw new DoingoaiError(
        {
          vi: `chỉ số không hợp lệ: ${spec.id}: mã ${vi}`,
          en: `invalid indicator: ${spec.id}: id ${clash || twice}`,
        },
        { exitCode: exitCodes.usage },
      );
    }
    seen.add(spec.id);
  }
  return registryOf([...base.specs, ...indicators]);
}
