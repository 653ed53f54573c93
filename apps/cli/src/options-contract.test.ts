import { describe, expect, it } from "vitest";
import { runCli } from "./test-io.js";

/** Every runnable command line's first words, with one of its single-value options and a value. */
const COMMANDS: readonly (readonly [words: readonly string[], option: string, value: string])[] = [
  [["demo"], "--out-dir", "out"],
  [["units"], "--edition", "2020-01-01"],
  [["units", "remap"], "--from", "2020-01-01"],
  [["report"], "--campaign", "r-000"],
  [["catalog", "plans"], "--plan", "qd-424-2017"],
  [["catalog", "show"], "--plan", "qd-424-2017"],
  [["catalog", "targets"], "--plan", "qd-424-2017"],
  [["catalog", "target"], "--plan", "qd-424-2017"],
  [["catalog", "campaigns"], "--plan", "qd-424-2017"],
  [["catalog", "check"], "--seeds", "seeds"],
  [["catalog", "evaluate"], "--plan", "can-tho-424"],
  [["outline", "parse"], "--json", ""],
  [["outline", "format"], "--json", ""],
  [["outline", "list"], "--json", ""],
  [["outline", "show"], "--json", ""],
  [["schema"], "--out", "schemas"],
  [["tui"], "--reports", "bao-cao"],
  [["db", "migrate"], "--json", ""],
  [["db", "seed"], "--seed", "1"],
  [["data", "import"], "--format", "json"],
  [["data", "export"], "--out", "x.json"],
  [["data", "validate"], "--period", "2020"],
  [["data", "rules"], "--add", "rule.json"],
  [["forms", "export"], "--out", "x.xlsx"],
  [["forms", "import"], "--json", ""],
  [["evaluate"], "--plan", "can-tho-424"],
  [["campaign", "status"], "--unit", "46"],
  [["submission", "submit"], "--campaign", "r-000"],
  [["submission", "approve"], "--campaign", "r-000"],
  [["submission", "return"], "--campaign", "r-000"],
  [["user", "create"], "--name", "a"],
  [["token", "create"], "--user", "a"],
  [["token", "revoke"], "--json", ""],
  [["token", "list"], "--user", "a"],
  [["serve"], "--port", "1"],
];

/** Commands that print data for a program to read; `tui` (a screen) and `serve` (a service) do not. */
const PRINTS_DATA = COMMANDS.map(([words]) => words).filter((w) => w[0] !== "tui" && w[0] !== "serve");

const withValue = (option: string, value: string) => (value === "" ? [option] : [option, value]);

describe("every command's options", () => {
  it.each(COMMANDS)("%j refuses an unknown option (exit 2, USAGE) and does nothing", async (words) => {
    const r = await runCli([...words, "--khong-co"]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(/^Lỗi \[USAGE\]: tùy chọn không được hỗ trợ: --khong-co\n/);
  });

  it.each(COMMANDS)("%j refuses %s given twice (exit 2, OPTION_REPEATED)", async (words, option, value) => {
    const r = await runCli([...words, ...withValue(option, value), ...withValue(option, value)]);
    expect([r.code, r.out]).toEqual([2, ""]);
    expect(r.err).toMatch(new RegExp(`^Lỗi \\[OPTION_REPEATED\\]: ${option}: `));
  });

  it.each(PRINTS_DATA.map((w) => [w]))("%j takes --json", async (words) => {
    // --json is read as one of its options: the unknown option after it is what is refused.
    const r = await runCli([...words, "--json", "--khong-co"]);
    expect(r.err).toMatch(/^Lỗi \[USAGE\]: tùy chọn không được hỗ trợ: --khong-co\n/);
  });
});
