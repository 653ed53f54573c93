import { fileURLToPath } from "node:url";
import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

// Tests read the workspace packages from their sources, so they do not wait on (or race with) the
// other packages' builds.
const source = (name: string) => fileURLToPath(new URL(`../${name}/src/index.ts`, import.meta.url));

export default defineProject({
  // Workspace packages are read from their sources (exports condition @pctm/source): no build first.
  ssr: { resolve: { conditions: ["@pctm/source", ...defaultServerConditions] } },
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
