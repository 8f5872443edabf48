import { entities } from "../../data/entities.ts";
import type { ImportProblem } from "./ImportProblem.ts";
import { sourceLocation } from "./sourceLocation.ts";
import type { SourceTable } from "./stage.ts";

/** A source named after no table of the data contract: the whole source is refused. */
export function unknownEntityProblem(table: SourceTable): ImportProblem {
  const names = entities.map((e) => e.name).join(", ");
  return {
    ...sourceLocation(table),
    code: "unknown_entity",
    value: table.entity,
    text: {
      vi: `không biết bảng «${table.entity}»; tên tệp/trang tính (hoặc --entity) phải là một trong: ${names}`,
      en: `unknown table «${table.entity}»; the file or sheet name (or --entity) must be one of: ${names}`,
    },
  };
}
