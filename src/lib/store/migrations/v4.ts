import type { Migration } from "../Migration.ts";

/**
 * Schema version 4: agreements.lead_unit (optional), the office unit that leads an
 * agreement's programme, named beside the MOU actions of the review.
 */
export const v4: Migration = {
  version: 4,
  description: "agreements.lead_unit (the unit that leads an agreement's programme)",
  sql: `ALTER TABLE agreements ADD COLUMN lead_unit VARCHAR;`,
};
