import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { printTable } from "./print-table.js";

function timeCommand(args: readonly string[], runs: number): { wallMs: number } {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const done = spawnSync(process.execPath, args, { stdio: "ignore" });
    const took = performance.now() - start;
    if (done.status !== 0) throw new Error(`${args.join(" ")} exited ${done.status}`);
    best = Math.min(best, took);
  }
  return { wallMs: best };
}

/** Benchmark 6: how long a person waits for `pctm --help`, against starting Node itself. */
export function benchColdStart(): void {
  const require = createRequire(import.meta.url);
  const bin = require.resolve("@pctm/cli/package.json").replace(/package\.json$/, "bin/pctm.js");
  const node = timeCommand(["-e", "0"], 5);
  const help = timeCommand([bin, "--help"], 5);
  printTable("6. cold start (best of 5; the ratio here is of wall time, a new process each run)", [
    { name: "reference: node -e 0", ...node },
    { name: "pctm --help", ...help, ratio: help.wallMs / node.wallMs },
  ]);
}
