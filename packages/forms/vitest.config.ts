import { defineProject } from "vitest/config";

// Workbooks are zipped and unzipped in every test; on a busy machine 5 s is not enough.
export default defineProject({
  test: { include: ["src/**/*.test.ts"], testTimeout: 60_000 },
});
