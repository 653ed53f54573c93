import type { Command } from "../command.js";
import { DB_HELP } from "../help/db.js";
import { printSubcommandMissing } from "../print-issues.js";
import { dbMigrateCommand } from "./db-migrate.js";
import { dbSeedCommand } from "./db-seed.js";

export const dbCommand: Command = {
  ...DB_HELP,
  subcommands: [dbMigrateCommand, dbSeedCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "db", args[0], DB_HELP.usage);
  },
};
