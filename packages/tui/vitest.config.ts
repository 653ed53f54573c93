import { defaultServerConditions } from "vite";
import { defineProject } from "vitest/config";

export default defineProject({
  // Workspace packages are read from their sources (exports condition @pctm/source): no build first.
  ssr: { resolve: { conditions: ["@pctm/source", ...defaultServerConditions] } },
  test: { include: ["src/**/*.test.ts", "src/**/*.test.tsx"], testTimeout: 60_000 },
});
