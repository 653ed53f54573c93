import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const BASE = [
  "catalog",
  "evaluate",
  "--plan",
  "can-tho-424",
  "--unit",
  "92",
  "--data",
  "examples/can-tho-2019/data.json",
  "--assessments",
  "examples/can-tho-2019/assessments.json",
];

describe("pctm catalog evaluate --period written with spaces", () => {
  it('judges " 2019" as the year 2019, as parsePeriod reads it, not as an internal error', async () => {
    const spaced = await runCli([...BASE, "--period", " 2019", "--json"], ROOT);
    const plain = await runCli([...BASE, "--period", "2019", "--json"], ROOT);
    expect(spaced.err).toBe("");
    expect(spaced.code).toBe(0);
    expect((JSON.parse(spaced.out) as { period: string }).period).toBe("2019");
    expect(spaced.out).toBe(plain.out);
  });
});
