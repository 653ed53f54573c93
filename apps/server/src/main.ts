import { formatIssue } from "@pctm/domain";
import type { SERVER_ISSUE_CODES } from "./issue-codes.js";
import { readServerConfig } from "./server-config.js";
import { startServer } from "./start-server.js";

/**
 * `npm start` / `pctm serve`: the REST service on PORT (8787), HOST (127.0.0.1) and DATABASE_URL
 * (./data/pctm.sqlite). Returns the exit code when it cannot start; otherwise serves until SIGINT/SIGTERM.
 */
export async function runServer(
  env: Readonly<Record<string, string | undefined>>,
  out: (line: string) => void,
  errOut: (line: string) => void,
): Promise<number | undefined> {
  const read = readServerConfig(env);
  if (!read.ok) {
    const code: keyof typeof SERVER_ISSUE_CODES = "SERVER_CONFIG_INVALID";
    errOut(`Lỗi [${code}]: ${read.message}`);
    return 2;
  }
  const started = await startServer(read.config, {
    log: (entry) => out(`${entry.method} ${entry.path} ${entry.status} ${entry.ms}ms`),
    onSeed: (message) =>
      out(
        message === "start"
          ? "Lần chạy đầu: đang nạp số liệu minh họa (khoảng một phút)…"
          : `Đã nạp ${message}`,
      ),
    onUnexpectedError: (error) =>
      errOut(error instanceof Error ? (error.stack ?? error.message) : String(error)),
  });
  if (!started.ok) {
    for (const found of started.errors) errOut(`Lỗi ${formatIssue(found)}`);
    return 1;
  }
  const server = started.value;
  out(`PCTM REST service: ${server.url} (${server.store.engine}: ${server.store.location})`);
  out(`API docs: ${server.docsUrl}`);
  out(`OpenAPI: ${server.url}/openapi.json`);
  if (server.demoToken) out(`Demo admin token: ${server.demoToken}`);
  for (const warning of server.warnings) errOut(`Cảnh báo ${formatIssue(warning)}`);
  const stop = () => {
    void server.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return undefined;
}
