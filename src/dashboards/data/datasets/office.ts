// Who the site speaks for, on every page: the office profile (province and
// lead agency) and whether the database holds the synthetic sample, so that
// every page made from it says "DỮ LIỆU MẪU / SAMPLE DATA".
import { z } from "zod";
import { officeProfileSchema } from "../../../data/officeProfile.ts";
import { periodClosureSchema } from "../../../data/periodClosure.ts";
import { listClosures } from "../../../lib/closures/listClosures.ts";
import { getOfficeProfile } from "../../../lib/office/officeProfileStore.ts";
import { headingOf } from "../../../lib/report/buildReviewData.ts";
import { isSampleDatabase } from "../../../lib/sample/sampleMarker.ts";
import { defineDataset } from "./defineDataset.ts";
import { mergesOfSite, siteMergeSchema } from "./siteMerges.ts";

const bilingualSchema = z.object({ vi: z.string(), en: z.string() });

const schema = z.object({
  sample: z.boolean(),
  office: officeProfileSchema.nullable(),
  province: bilingualSchema,
  agency: bilingualSchema,
  merges: z.array(siteMergeSchema),
  /** The closed periods, with the figures as signed (a few kB: 22 figures a closure). */
  closures: z.array(periodClosureSchema),
});

export const officeDataset = defineDataset("office.json", schema, async (store) => {
  const office = await getOfficeProfile(store);
  return {
    sample: await isSampleDatabase(store),
    office,
    ...headingOf(office),
    merges: await mergesOfSite(store, office?.office_id),
    closures: await listClosures(store),
  };
});
