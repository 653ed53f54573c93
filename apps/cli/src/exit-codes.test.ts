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
});
