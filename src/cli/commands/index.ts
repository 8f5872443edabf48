import type { Command } from "../Command.ts";
import { importCommand, validateCommand } from "./importCommand.ts";
import { templateCommand } from "./template.ts";
import { exportCommand } from "./export.ts";
import { indicatorsCommand } from "./indicators.ts";
import { strategyCommand } from "./strategy.ts";
import { agreementsCommand } from "./agreements.ts";
import { forecastCommand } from "./forecast.ts";
import { checkCommand } from "./check.ts";
import { sampleCommand } from "./sample.ts";
import { reportCommand } from "./report.ts";
import { startCommand } from "./start.ts";
import { buildCommand } from "./build.ts";
import { deleteCommand } from "./delete.ts";
import { historyCommand } from "./history.ts";
import { undoCommand } from "./undo.ts";
import { periodCommand } from "./period.ts";
import { initCommand } from "./init.ts";
import { officeCommand } from "./office.ts";
import { rollupCommand } from "./rollup.ts";
import { iatiCommand } from "./iati.ts";

/** Every CLI command, in the order `doingoai --help` lists them. */
export const commands: Command[] = [
  startCommand,
  buildCommand,
  initCommand,
  officeCommand,
  importCommand,
  validateCommand,
  templateCommand,
  exportCommand,
  iatiCommand,
  deleteCommand,
  historyCommand,
  undoCommand,
  periodCommand,
  indicatorsCommand,
  rollupCommand,
  strategyCommand,
  agreementsCommand,
  forecastCommand,
  checkCommand,
  reportCommand,
  sampleCommand,
];
