import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/run-benchmarks.ts"],
  format: ["esm"],
  target: "node20",
  sourcemap: true,
  clean: true,
});
