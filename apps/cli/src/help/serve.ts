import type { CommandHelp } from "../command.js";

/** The usage of `serve`: the text `pctm serve --help` prints. */
export const SERVE_USAGE = `pctm serve [--port <số>] [--host <địa chỉ>] [--database-url <url|tệp>]

Chạy dịch vụ REST (như npm start): mở cơ sở dữ liệu (tạo và cập nhật lược đồ), lần đầu nạp số liệu
minh họa, in địa chỉ, trang tài liệu API (/docs) và dòng "Demo admin token: …" (mã mới mỗi lần chạy),
rồi phục vụ cho đến khi nhấn Ctrl+C.

  --port          cổng (mặc định: PORT hoặc 8787)
  --host          địa chỉ lắng nghe (mặc định: HOST hoặc 127.0.0.1)
  --database-url  postgres://… hoặc tệp SQLite (mặc định: DATABASE_URL hoặc ./data/pctm.sqlite)`;

export const SERVE_HELP: CommandHelp = {
  name: "serve",
  summary: "chạy dịch vụ REST (như npm start)",
  usage: SERVE_USAGE,
};
