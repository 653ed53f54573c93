import { runServer } from "./main.js";

const code = await runServer(
  process.env,
  (line) => process.stdout.write(`${line}\n`),
  (line) => process.stderr.write(`${line}\n`),
);
if (code !== undefined) process.exitCode = code;
