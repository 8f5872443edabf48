import { z } from "zod";
import type { Bilingual } from "./Bilingual.ts";

/**
 * What a column holds, as the importer, the database and the templates see it.
 * The zod type carries the TypeScript type; the kind says how text from a file
 * is parsed and checked (vectorised, in SQL) and which SQL type stores it.
 */
export type ColumnKind =
  | "id" // office's own key: trimmed, non-empty text
  | "text"
  | "enum" // one of `values`
  | "list" // `;`-separated values of `values`
  | "date" // ISO yyyy-mm-dd, dd/mm/yyyy, or an Excel date / serial
  | "integer"
  | "decimal"
  | "boolean"
  | "country" // ISO 3166-1 alpha-2
  | "currency" // ISO 4217
  | "sector" // OECD DAC 5-digit purpose code
  | "period"; // 2019, 2019Q1, 2019-03, 2026-2030

/** Everything about a column a person or the importer needs besides its type. */
export interface ColumnMeta {
  kind: ColumnKind;
  /** Header accepted in Vietnamese templates, e.g. "tên" for `name`. */
  vi: string;
  /** Short label for headers and forms. */
  label: Bilingual;
  /** One line explaining the column, used in templates and docs. */
  description: Bilingual;
  /** Allowed values for `enum` and `list` columns. */
  values?: readonly string[];
  /** Smallest allowed value for numbers. */
  min?: number;
  /** The entity whose key this column refers to. */
  ref?: string;
  /** Value used when the cell is empty (text form, before parsing). */
  default?: string;
}

/** Column metadata, keyed by the zod type of the column (required or optional). */
export const columnRegistry = z.registry<ColumnMeta & { required: boolean }>();

type MetaInput = Omit<ColumnMeta, "kind">;

function reg<T extends z.ZodType>(type: T, kind: ColumnKind, meta: MetaInput): T {
  columnRegistry.add(type, { ...meta, kind, required: true });
  return type;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Column builders: each returns a zod type with the column's metadata registered. */
export const col = {
  /** An id or code: non-empty text. */
  id: (meta: MetaInput) => reg(z.string().min(1), "id", meta),
  /** Free text, non-empty. */
  text: (meta: MetaInput) => reg(z.string().min(1), "text", meta),
  /** One of `values` (the codelist; templates offer them as a dropdown). */
  enum: <const V extends readonly [string, ...string[]]>(values: V, meta: Omit<MetaInput, "values">) =>
    reg(z.enum(values), "enum", { ...meta, values }),
  /** A `;`-separated list of `values`. */
  list: <const V extends readonly [string, ...string[]]>(values: V, meta: Omit<MetaInput, "values">) =>
    reg(z.array(z.enum(values)), "list", { ...meta, values }),
  /** A date, stored ISO `yyyy-mm-dd` (read from `dd/mm/yyyy`, ISO or an Excel date). */
  date: (meta: MetaInput) => reg(z.string().regex(isoDate), "date", meta),
  /** A whole number. */
  integer: (meta: MetaInput) => reg(z.number().int(), "integer", meta),
  /** A number (money, rates). */
  decimal: (meta: MetaInput) => reg(z.number(), "decimal", meta),
  /** Yes or no. */
  boolean: (meta: MetaInput) => reg(z.boolean(), "boolean", meta),
  /** An ISO 3166-1 alpha-2 country code. */
  country: (meta: MetaInput) => reg(z.string().length(2), "country", meta),
  /** An ISO 4217 currency code. */
  currency: (meta: MetaInput) => reg(z.string().length(3), "currency", meta),
  /** An OECD DAC 5-digit purpose code. */
  sector: (meta: MetaInput) => reg(z.string().regex(/^\d{5}$/), "sector", meta),
  /** A period id (`2019`, `2019Q1`, `2019-03`, `2026-2030`). */
  period: (meta: MetaInput) => reg(z.string().min(4), "period", meta),
};

/** Marks a column optional: empty cells are allowed and stored as NULL. */
export function optional<T extends z.ZodType>(type: T): z.ZodOptional<z.ZodNullable<T>> {
  const meta = columnRegistry.get(type);
  if (!meta) throw new Error("optional() takes a column built with col.*");
  const wrapped = type.nullable().optional();
  columnRegistry.add(wrapped, { ...meta, required: false });
  return wrapped;
}

/** A column as the importer, store and templates use it. */
export interface Column extends ColumnMeta {
  name: string;
  required: boolean;
}

/** The columns of an object schema built with `col.*`, in declaration order. */
export function columnsOf(schema: z.ZodObject): Column[] {
  return Object.entries(schema.shape).map(([name, type]) => {
    const meta = columnRegistry.get(type as z.ZodType);
    if (!meta) throw new Error(`column ${name} has no metadata: build it with col.*`);
    return { name, ...meta };
  });
}
