import { defineProject } from "vitest/config";

export default defineProject({
  // The first test of a file builds the whole catalogue: seconds when every package's tests share the machine.
  test: { include: ["src/**/*.test.ts"], testTimeout: 30_000 },
});
