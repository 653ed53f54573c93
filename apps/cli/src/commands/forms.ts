import type { Command } from "../command.js";
import { FORMS_HELP, FORMS_USAGE as USAGE } from "../help/forms.js";
import { printSubcommandMissing } from "../print-issues.js";
import { formsExportCommand } from "./forms-export.js";
import { formsImportCommand } from "./forms-import.js";

export const formsCommand: Command = {
  ...FORMS_HELP,
  subcommands: [formsExportCommand, formsImportCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "forms", args[0], USAGE);
  },
};
