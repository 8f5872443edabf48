import type { Store } from "../store/openStore.ts";
import type { AgreementFacts } from "../../data/planning/checkStrategy.ts";

/** Agreements in the database with the ids of their activities, for {@link checkStrategy}. */
export async function loadAgreementFacts(store: Store): Promise<AgreementFacts[]> {
  const rows = await store.all<{ agreement_id: string; status: string; activity_ids: string[] | null }>(
    `SELECT a.agreement_id, a.status, list(x.activity_id ORDER BY x.activity_id) FILTER (WHERE x.activity_id IS NOT NULL) AS activity_ids
     FROM agreements a LEFT JOIN agreement_activities x USING (agreement_id)
     GROUP BY a.agreement_id, a.status ORDER BY a.agreement_id`,
  );
  return rows.map((r) => ({
    agreement_id: r.agreement_id,
    status: r.status,
    activityIds: r.activity_ids ?? [],
  }));
}
