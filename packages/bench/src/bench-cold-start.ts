import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
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

/**
 * Benchmark 6: how long a person waits for `pctm --help`, and for the first evaluation in a new
 * process (a plan judged on the Cần Thơ example file), against starting Node itself.
 */
export function benchColdStart(): void {
  const require = createRequire(import.meta.url);
  const cli = require.resolve("@pctm/cli/package.json").replace(/package\.json$/, "");
  const bin = join(cli, "bin/pctm.js");
  const data = fileURLToPath(new URL("../../../examples/can-tho-2019/data.json", import.meta.url));
  const node = timeCommand(["-e", "0"], 5);
  const help = timeCommand([bin, "--help"], 5);
  const evaluate = timeCommand(
    [bin, "catalog", "evaluate", "--plan", "can-tho-424", "--unit", "92", "--data", data, "--json"],
    5,
  );
  printTable("6. cold start (best of 5; the ratio here is of wall time, a new process each run)", [
    { name: "reference: node -e 0", ...node },
    { name: "pctm --help", ...help, ratio: help.wallMs / node.wallMs },
    {
      name: "pctm catalog evaluate --plan can-tho-424 --unit 92 --data …can-tho-2019/data.json",
      ...evaluate,
      ratio: evaluate.wallMs / node.wallMs,
    },
  ]);
}
