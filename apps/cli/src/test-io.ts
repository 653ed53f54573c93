import type { CliIo } from "./command.js";
import { main } from "./main.js";

/** Runs `pctm` in-process and captures what it writes, for tests. */
export async function runCli(
  argv: readonly string[],
  cwd = process.cwd(),
): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    isTty: false,
    cwd,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
