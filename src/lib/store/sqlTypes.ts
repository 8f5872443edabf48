import type { Column } from "../../data/columns.ts";

/** The SQL type that stores a column of this kind. */
export function sqlType(column: Column): string {
  switch (column.kind) {
    case "date":
      return "DATE";
    case "integer":
      return "INTEGER";
    case "decimal":
      return "DOUBLE";
    case "boolean":
      return "BOOLEAN";
    case "list":
      return "VARCHAR[]";
    case "id":
    case "text":
    case "enum":
    case "country":
    case "currency":
    case "sector":
    case "period":
      return "VARCHAR";
  }
}

/** Quotes an identifier for DuckDB (column names come from our schema, never from input). */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Quotes a string literal for SQL built from our own constants (never from user input). */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
