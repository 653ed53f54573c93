import type { CommandHelp } from "../command.js";
import { DB_MIGRATE_HELP } from "./db-migrate.js";
import { DB_SEED_HELP } from "./db-seed.js";

/** `pctm db <subcommand>`: one line per subcommand here (`db seed` joins with its own line). */
const DB_SUBCOMMANDS: readonly CommandHelp[] = [DB_MIGRATE_HELP, DB_SEED_HELP];

/** The usage of `db`: the text `pctm db --help` prints. */
export const DB_USAGE = `pctm db <lệnh>

Quản lý cơ sở dữ liệu (DATABASE_URL=postgres://… hoặc tệp SQLite, mặc định ./data/pctm.sqlite):
${DB_SUBCOMMANDS.map((c) => `  ${c.name.padEnd(9)} ${c.summary}`).join("\n")}
Xem: pctm db <lệnh> --help`;

export const DB_HELP: CommandHelp = {
  name: "db",
  summary: "Quản lý cơ sở dữ liệu: nâng cấp lược đồ, nạp số liệu minh họa",
  usage: DB_USAGE,
};
