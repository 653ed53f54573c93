import type { CommandHelp } from "../command.js";

/** The usage of `db migrate`: the text `pctm db migrate --help` prints. */
export const DB_MIGRATE_USAGE = `pctm db migrate [--json]

Nâng cấp lược đồ cơ sở dữ liệu lên phiên bản của chương trình: PostgreSQL khi DATABASE_URL=postgres://…,
nếu không thì tệp SQLite (DATABASE_URL là đường dẫn tệp; mặc định ./data/pctm.sqlite, tự tạo nếu chưa
có). Mỗi bước nâng cấp chạy trong một giao dịch; chạy lại không thay đổi gì. Cơ sở dữ liệu mới hơn
chương trình bị từ chối (STORE_SCHEMA_TOO_NEW) mà không bị động đến.
  --json   in kết quả dạng JSON`;

export const DB_MIGRATE_HELP: CommandHelp = {
  name: "migrate",
  summary: "Nâng cấp lược đồ cơ sở dữ liệu (SQLite hoặc PostgreSQL) lên phiên bản của chương trình",
  usage: DB_MIGRATE_USAGE,
};
