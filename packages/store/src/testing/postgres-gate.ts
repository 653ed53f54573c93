import { describe, it } from "vitest";

/** The PostgreSQL server test suites run on, named by the tester (CI: the one .ci/run starts). */
export const POSTGRES_TEST_URL = process.env.PCTM_TEST_DATABASE_URL?.trim() || undefined;

export const POSTGRES_NOT_RUN = "PostgreSQL suite not run: set PCTM_TEST_DATABASE_URL";

/**
 * The one rule for a suite that needs PostgreSQL, in every package: with PCTM_TEST_DATABASE_URL it
 * registers `body(url)`; without it the suite is skipped with a visible message — except under CI
 * (CI=true), where a missing server is a failing test, never a silent skip.
 */
export function describeWithPostgres(name: string, body: (url: string) => void): void {
  if (POSTGRES_TEST_URL !== undefined) {
    body(POSTGRES_TEST_URL);
    return;
  }
  if (process.env.CI === "true") {
    describe(name, () => {
      it("has a PostgreSQL server to run on", () => {
        throw new Error(`${POSTGRES_NOT_RUN} (required under CI)`);
      });
    });
    return;
  }
  console.warn(`${POSTGRES_NOT_RUN} (${name})`);
  describe.skip(`${name} — ${POSTGRES_NOT_RUN}`, () => {
    it("needs PostgreSQL", () => undefined);
  });
}
