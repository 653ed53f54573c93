import { ISSUE_KINDS } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { EXIT_BY_KIND, exitCodeOf } from "./exit-codes.js";

describe("exit codes by kind", () => {
  it("answers every kind, 2 for input, missing and refused, 1 for checks and conflicts", () => {
    expect(Object.keys(EXIT_BY_KIND).sort()).toEqual([...ISSUE_KINDS].sort());
    expect(exitCodeOf([{ code: "CAMPAIGN_NOT_FOUND", message: "", path: [] }])).toBe(2);
    expect(exitCodeOf([{ code: "ACCESS_ROLE_TOO_LOW", message: "", path: [] }])).toBe(2);
    expect(exitCodeOf([{ code: "SUBMISSION_STATE_INVALID", message: "", path: [] }])).toBe(1);
  });

  it("says 'fix the input' when any issue asks it, 'check failed' when only checks failed", () => {
    const violated = { code: "VALIDATION_RULE_VIOLATED", message: "", path: [] };
    const badRow = { code: "DATA_VALUE_NEGATIVE", message: "", path: ["dataValues", 3, "value"] };
    expect(exitCodeOf([violated, violated])).toBe(1);
    expect(exitCodeOf([violated, badRow])).toBe(2);
    expect(exitCodeOf([])).toBe(2);
  });

  it("knows the adapters' codes too: an unreadable workbook is bad input, not an internal error", () => {
    expect(exitCodeOf([{ code: "FORM_UNREADABLE", message: "", path: [] }])).toBe(2);
    expect(exitCodeOf([{ code: "STORE_UNAVAILABLE", message: "", path: [] }])).toBe(1);
    expect(exitCodeOf([{ code: "TUI_NEEDS_TERMINAL", message: "", path: [] }])).toBe(2);
  });
});
