import { runServer } from "@pctm/server";
import { stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import { SERVE_HELP, SERVE_USAGE as USAGE } from "../help/serve.js";

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
  ...SERVE_HELP,
  run: runServe,
};
