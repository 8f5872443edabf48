// Data loader: every data file of the dashboards in one archive, computed in
// one process from one read-only open of DOINGOAI_DB (default
// ./data/doingoai.duckdb). Pages read members as FileAttachment("data/site/x.json");
// Framework extracts each page's members, so a page ships only what it reads.
// Diagnostics go to stderr; any failure exits non-zero and stops the build.
import { DoingoaiError } from "../../lib/DoingoaiError.ts";
import { agreementsDataset } from "./datasets/agreements.ts";
import { aidDataset, aidProjectsCsvDataset } from "./datasets/aid.ts";
import { computeDatasets } from "./datasets/defineDataset.ts";
import { delegationsDataset } from "./datasets/delegations.ts";
import { indicatorsDataset } from "./datasets/indicators.ts";
import { investmentDataset } from "./datasets/investment.ts";
import { officeDataset } from "./datasets/office.ts";
import { qualityDataset } from "./datasets/quality.ts";
import { reviewDataset } from "./datasets/review.ts";
import { strategyDataset } from "./datasets/strategy.ts";
import { writeTar } from "./datasets/writeTar.ts";

try {
  const files = await computeDatasets([
    indicatorsDataset,
    delegationsDataset,
    investmentDataset,
    aidDataset,
    aidProjectsCsvDataset,
    agreementsDataset,
    strategyDataset,
    qualityDataset,
    reviewDataset,
    officeDataset,
  ]);
  process.stdout.write(writeTar(files));
} catch (error) {
  console.error(`site.tar: ${error instanceof Error ? error.message : String(error)}`);
  if (error instanceof Error && !(error instanceof DoingoaiError) && error.stack) console.error(error.stack);
  process.exitCode = error instanceof DoingoaiError ? error.exitCode : 1;
}
