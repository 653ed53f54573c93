#!/usr/bin/env node
import { main } from "./main.js";
import { nodeIo } from "./node-io.js";

// A reader that stops early (`pctm units --level 3 | head -1`) closes the pipe: end quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), nodeIo()).then((code) => {
  process.exitCode = code;
});
