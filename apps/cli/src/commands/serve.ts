import { runServer } from "@pctm/server";
import { stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { commandArgs } from "../command-args.js";

const USAGE = `pctm serve [--port <số>] [--host <địa chỉ>] [--database-url <url|tệp>]

Chạy dịch vụ REST (như npm start): mở cơ sở dữ liệu (tạo và cập nhật lược đồ), lần đầu nạp số liệu
minh họa, in địa chỉ, trang tài liệu API (/docs) và dòng "Demo admin token: …" (mã mới mỗi lần chạy),
rồi phục vụ cho đến khi nhấn Ctrl+C.

  --port          cổng (mặc định: PORT hoặc 8787)
  --host          địa chỉ lắng nghe (mặc định: HOST hoặc 127.0.0.1)
  --database-url  postgres://… hoặc tệp SQLite (mặc định: DATABASE_URL hoặc ./data/pctm.sqlite)`;

async function runServe(args: readonly string[], io: CliIo): Promise<number> {
  const options = {
    port: { type: "string" },
    host: { type: "string" },
    "database-url": { type: "string" },
  } as const;
  const parsed = commandArgs(io, args, options, USAGE);
  if (typeof parsed === "number") return parsed;
  const env = {
    ...process.env,
    ...optional("PORT", stringOption(parsed, "port")),
    ...optional("HOST", stringOption(parsed, "host")),
    ...optional("DATABASE_URL", stringOption(parsed, "database-url")),
  };
  const failed = await runServer(
    env,
    (line) => io.out(`${line}\n`),
    (line) => io.err(`${line}\n`),
  );
  if (failed !== undefined) return failed;
  // Serving: the server ends the process on SIGINT/SIGTERM.
  return new Promise<number>(() => undefined);
}

function optional(name: string, value: string | undefined): Record<string, string> {
  return value === undefined ? {} : { [name]: value };
}

export const serveCommand: Command = {
  name: "serve",
  summary: "chạy dịch vụ REST (như npm start)",
  usage: USAGE,
  run: runServe,
};
