import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The built server (`npx turbo run build --filter=@pctm/server` makes it). */
export const SERVER_BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
export const SERVER_BUILT = existsSync(SERVER_BIN);

export interface ServerProcess {
  readonly child: ChildProcess;
  /** http://127.0.0.1:port, as the server printed it. */
  readonly url: string;
  /** Everything it printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once the process is gone, with its signal. */
  readonly exited: Promise<NodeJS.Signals | null>;
  /** SIGKILL, then wait for the process to be gone. */
  kill(): Promise<NodeJS.Signals | null>;
}

/**
 * `node dist/bin.js` on a free port with `databaseUrl`, no demonstration data. Resolves once it
 * prints its URL; rejects if it exits first.
 */
export function startServerProcess(databaseUrl: string): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SERVER_BIN], {
      env: { ...process.env, PORT: "0", DATABASE_URL: databaseUrl, PCTM_DEMO: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      child.once("exit", (_code, signal) => done(signal)),
    );
    const kill = async () => {
      child.kill("SIGKILL");
      return exited;
    };
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /PCTM REST service: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, output: () => out, exited, kill });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}
