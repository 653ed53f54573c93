import type { Command } from "../command.js";
import { catalogCommand } from "./catalog.js";
import { dataCommand } from "./data.js";
import { dbCommand } from "./db.js";
import { demoCommand } from "./demo.js";
import { formsCommand } from "./forms.js";
import { outlineCommand } from "./outline.js";
import { reportCommand } from "./report.js";
import { schemaCommand } from "./schema.js";
import { tuiCommand } from "./tui.js";
import { unitsCommand } from "./units.js";

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
];
