import { fileURLToPath } from "node:url";
import { defineProject } from "vitest/config";

// Tests read the workspace packages from their sources, so they do not wait on (or race with) the
// other packages' builds.
const source = (name: string) => fileURLToPath(new URL(`../${name}/src/index.ts`, import.meta.url));

export default defineProject({
  resolve: {
    alias: {
      "@pctm/app": source("app"),
      "@pctm/catalog": source("catalog"),
      "@pctm/domain": source("domain"),
      "@pctm/report": source("report"),
      "@pctm/units-data": source("units-data"),
    },
  },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx"], testTimeout: 20_000 },
});
