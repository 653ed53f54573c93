import { describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

describe("pctm serve", () => {
  it("refuses a port that is not a number before opening anything", async () => {
    const { code, err } = await runCli(["serve", "--port", "http"]);
    expect(code).toBe(2);
    expect(err).toContain("SERVER_CONFIG_INVALID");
    expect(err).toContain('"http"');
  });

  it("says how it is run", async () => {
    const { code, out } = await runCli(["serve", "--help"]);
    expect(code).toBe(0);
    expect(out).toContain("Demo admin token");
  });
});
