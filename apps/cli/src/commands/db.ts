import type { Command } from "../command.js";
import { printSubcommandMissing } from "../print-issues.js";
import { dbMigrateCommand } from "./db-migrate.js";
import { dbSeedCommand } from "./db-seed.js";

/** `pctm db <subcommand>`: one line per subcommand here (`db seed` joins with its own line). */
const DB_SUBCOMMANDS: readonly Command[] = [dbMigrateCommand, dbSeedCommand];

const USAGE = `pctm db <lệnh>

Quản lý cơ sở dữ liệu (DATABASE_URL=postgres://… hoặc tệp SQLite, mặc định ./data/pctm.sqlite):
${DB_SUBCOMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join("\n")}
Xem: pctm db <lệnh> --help`;

export const dbCommand: Command = {
  name: "db",
  summary: "Quản lý cơ sở dữ liệu: nâng cấp lược đồ, nạp số liệu minh họa",
  usage: USAGE,
  subcommands: DB_SUBCOMMANDS,
  async run(args, io) {
    return printSubcommandMissing(io, "db", args[0], USAGE);
  },
};
