import type { Entity } from "../../data/defineEntity.ts";
import type { Staged } from "./stage.ts";

/** A staged source whose header was matched to an entity's columns. */
export interface Mapped {
  staged: Staged;
  entity: Entity;
  /** canonical column name → staged column (c_k) */
  byColumn: Map<string, string>;
  /** temp table with `_row`, the typed value `x_<column>` and problem code `p_<column>` of each mapped column */
  typed: string;
  /** Required columns the source lacks although it has the key: fine for stored rows only. */
  missingRequired: string[];
}
