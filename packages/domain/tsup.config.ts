import { readdirSync } from "node:fs";
import { defineConfig } from "tsup";

// One entry for the whole kernel and one per area (`@pctm/domain/target`, `/period`, `/unit` …), each
// area's index.ts naming what it exports.
const areas = readdirSync("src", { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

export default defineConfig({
  entry: {
    index: "src/index.ts",
    ...Object.fromEntries(areas.map((area) => [`${area}/index`, `src/${area}/index.ts`])),
  },
  format: ["esm"],
  target: "node20",
  dts: true,
  sourcemap: true,
  clean: true,
});
