import type { Command } from "../command.js";
import { campaignCommand } from "./campaign.js";
import { catalogCommand } from "./catalog.js";
import { dataCommand } from "./data.js";
import { dbCommand } from "./db.js";
import { demoCommand } from "./demo.js";
import { evaluateCommand } from "./evaluate.js";
import { formsCommand } from "./forms.js";
import { outlineCommand } from "./outline.js";
import { reportCommand } from "./report.js";
import { schemaCommand } from "./schema.js";
import { serveCommand } from "./serve.js";
import { submissionCommand } from "./submission.js";
import { tokenCommand } from "./token.js";
import { tuiCommand } from "./tui.js";
import { unitsCommand } from "./units.js";
import { userCommand } from "./user.js";

/** Every command, in the order `pctm --help` lists them. */
export const commands: readonly Command[] = [
  demoCommand,
  unitsCommand,
  reportCommand,
  catalogCommand,
  outlineCommand,
  schemaCommand,
  tuiCommand,
  dbCommand,
  dataCommand,
  formsCommand,
  evaluateCommand,
  campaignCommand,
  submissionCommand,
  userCommand,
  tokenCommand,
  serveCommand,
];
