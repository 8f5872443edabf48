/** One step of the database schema. Steps run in order, each in its own transaction. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}
