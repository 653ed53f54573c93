import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const CHILD = fileURLToPath(new URL("./store-child.mjs", import.meta.url));

export interface Child {
  readonly process: ChildProcess;
  /** Every JSON line the child printed so far. */
  readonly lines: unknown[];
  /** Resolves with the exit code (null) and signal once the child is gone. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts store-child.mjs with the given arguments (it loads the built package, dist/). */
export function spawnChild(args: readonly string[]): Child {
  const child = spawn(process.execPath, [CHILD, ...args], { stdio: ["ignore", "pipe", "pipe"] });
  const lines: unknown[] = [];
  let buffer = "";
  let errors = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    buffer += chunk.toString("utf8");
    let at = buffer.indexOf("\n");
    while (at >= 0) {
      const line = buffer.slice(0, at);
      // Only the child's own reports are JSON objects; anything else a library prints is passed on.
      if (line.startsWith("{")) lines.push(JSON.parse(line));
      else console.warn(line);
      buffer = buffer.slice(at + 1);
      at = buffer.indexOf("\n");
    }
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    errors += chunk.toString("utf8");
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.on("exit", (code, signal) => {
      if (code !== 0 && signal === null && errors) console.error(errors);
      done({ code, signal });
    });
  });
  return { process: child, lines, exited };
}

export async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 5));
  }
}
