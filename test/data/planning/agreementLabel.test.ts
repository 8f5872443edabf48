import { describe, expect, it } from "vitest";
import { agreementLabel, agreementLabels } from "../../../src/data/planning/agreementLabel.ts";

const lpb = {
  agreement_id: "AG-LA-LPB-2018",
  partner: "Luang Prabang Province",
  partner_vi: "Tỉnh Luông Pha Băng",
  country: "LA",
  kind: "mou",
  signed_on: "2018-03-14",
};

describe("agreementLabel", () => {
  it("names an agreement by partner (Vietnamese name in Vietnamese), country, kind and year", () => {
    expect(agreementLabel(lpb, "vi")).toBe("Luông Pha Băng (Lào) · MOU 2018");
    expect(agreementLabel(lpb, "en")).toBe("Luang Prabang (Laos) · MOU 2018");
  });

  it("two agreements that would read alike get the month, then the id", () => {
    const labels = agreementLabels(
      [
        lpb,
        { ...lpb, agreement_id: "B", signed_on: "2018-09-01" },
        { ...lpb, agreement_id: "C", signed_on: "2018-09-20" },
        { ...lpb, agreement_id: "D", signed_on: "2019-01-01" },
      ],
      "vi",
    );
    expect([...labels.values()]).toEqual([
      "Luông Pha Băng (Lào) · MOU 03/2018",
      "Luông Pha Băng (Lào) · MOU 09/2018 (B)",
      "Luông Pha Băng (Lào) · MOU 09/2018 (C)",
      "Luông Pha Băng (Lào) · MOU 2019",
    ]);
    expect(new Set(labels.values()).size).toBe(4);
  });
});
