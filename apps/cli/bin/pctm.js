#!/usr/bin/env node
// A committed launcher, so npm links the `pctm` bin on a fresh install before anything is built.
import("../dist/bin.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write("pctm chưa được build: chạy `npm run build` (hoặc `npm start`) trước.\n");
    process.exitCode = 2;
    return;
  }
  throw error;
});
