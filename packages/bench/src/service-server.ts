import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";

/** A `pctm serve` process the service benchmark started. */
export interface RunningServer {
  readonly url: string;
  readonly token: string;
  readonly child: ChildProcess;
}

/**
 * Starts the server's bin on a free port with `databaseUrl` and waits for its demo admin token (the data
 * version is above 0, so no demonstration data is seeded). Its request log is read and dropped.
 */
export function startServer(databaseUrl: string): Promise<RunningServer> {
  const require = createRequire(import.meta.url);
  const bin = require.resolve("@pctm/server/package.json").replace(/package\.json$/, "dist/bin.js");
  const child = spawn(process.execPath, [bin], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      reject(new Error(`server did not start: ${seen.slice(-500)}`));
    }, 120_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const token = /Demo admin token: (\S+)/.exec(seen)?.[1];
      const url = /PCTM REST service: (\S+)/.exec(seen)?.[1];
      if (token && url) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners("data");
        child.stdout?.resume();
        resolve({ url, token, child });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited ${code}: ${seen.slice(-500)}`));
    });
  });
}

/** Stops a server and waits for it to be gone. */
export function stopServer(server: RunningServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once("exit", () => resolve());
    server.child.kill("SIGTERM");
  });
}
