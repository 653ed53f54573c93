import type { Command } from "../command.js";
import { DATA_HELP, DATA_USAGE as USAGE } from "../help/data.js";
import { printSubcommandMissing } from "../print-issues.js";
import { dataExportCommand } from "./data-export.js";
import { dataImportCommand } from "./data-import.js";
import { dataRulesCommand } from "./data-rules.js";
import { dataValidateCommand } from "./data-validate.js";

export const dataCommand: Command = {
  ...DATA_HELP,
  subcommands: [dataImportCommand, dataExportCommand, dataValidateCommand, dataRulesCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "data", args[0], USAGE);
  },
};
