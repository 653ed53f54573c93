import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/issue-codes.ts", "src/testing/index.ts"],
  // The testing entry is for other packages' tests, which bring their own vitest.
  external: ["vitest"],
  format: ["esm"],
  target: "node20",
  dts: true,
  sourcemap: true,
  clean: true,
});
