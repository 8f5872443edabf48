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
import { initCommand } from "./init.ts";
import { officeCommand } from "./office.ts";

/** Every CLI command, in the order `doingoai --help` lists them. */
export const commands: Command[] = [
  startCommand,
  initCommand,
  officeCommand,
  importCommand,
  validateCommand,
  templateCommand,
  exportCommand,
  indicatorsCommand,
  strategyCommand,
  agreementsCommand,
  forecastCommand,
  checkCommand,
  reportCommand,
  sampleCommand,
];
