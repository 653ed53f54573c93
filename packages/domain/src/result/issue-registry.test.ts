import { describe, expect, it } from "vitest";
import { DOMAIN_ISSUE_CODES } from "./issue-codes.js";
import { ISSUE_KINDS } from "./issue-kind.js";
import { defineIssueCodes, fillIssueTemplate, issueKindOf, mergeIssueCodeTables } from "./issue-registry.js";
import { schemaIssueCode } from "./zod-issues.js";

describe("the kernel's issue codes", () => {
  it("are UPPER_SNAKE, each with a known kind and an NFC Vietnamese message", () => {
    for (const [code, spec] of Object.entries(DOMAIN_ISSUE_CODES)) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/);
      expect(ISSUE_KINDS).toContain(spec.kind);
      expect(spec.message.length).toBeGreaterThan(0);
      expect(spec.message).toBe(spec.message.normalize("NFC"));
    }
  });

  it("declare every code parseWith can give for a zod failure", () => {
    const zodCodes = [
      "invalid_type",
      "too_big",
      "too_small",
      "invalid_format",
      "not_multiple_of",
      "unrecognized_keys",
      "invalid_union",
      "invalid_key",
      "invalid_element",
      "invalid_value",
      "custom",
    ];
    for (const zodCode of zodCodes) expect(DOMAIN_ISSUE_CODES).toHaveProperty(schemaIssueCode(zodCode));
  });
});

describe("issueKindOf", () => {
  it("reads the kind from the registry, and calls an undeclared code a bug", () => {
    expect(issueKindOf("UNIT_NOT_FOUND")).toBe("not_found");
    expect(issueKindOf("DATE_INVALID")).toBe("invalid_input");
    expect(issueKindOf("NO_SUCH_CODE_ANYWHERE")).toBe("internal");
    const extra = defineIssueCodes({ X_GONE: { kind: "not_found", message: "không có {x}" } });
    expect(issueKindOf("X_GONE", mergeIssueCodeTables(DOMAIN_ISSUE_CODES, extra))).toBe("not_found");
  });
});

describe("mergeIssueCodeTables", () => {
  it("joins tables; a code restated with the same kind keeps the first table's message", () => {
    const a = defineIssueCodes({ A_ONE: { kind: "conflict", message: "một" } });
    const b = defineIssueCodes({ B_TWO: { kind: "forbidden", message: "hai" } });
    const restated = defineIssueCodes({ A_ONE: { kind: "conflict", message: "một, nói khác" } });
    const merged = mergeIssueCodeTables(a, b, restated);
    expect(Object.keys(merged).sort()).toEqual(["A_ONE", "B_TWO"]);
    expect(merged.A_ONE?.message).toBe("một");
  });

  it("refuses one code with two meanings", () => {
    const a = defineIssueCodes({ A_ONE: { kind: "conflict", message: "một" } });
    const clash = defineIssueCodes({ A_ONE: { kind: "not_found", message: "một" } });
    expect(() => mergeIssueCodeTables(a, clash)).toThrow(/A_ONE/);
  });
});

describe("fillIssueTemplate", () => {
  it("fills the named placeholders and leaves unknown ones", () => {
    expect(fillIssueTemplate("đơn vị {unit} ngoài {scope}", { unit: "46" })).toBe("đơn vị 46 ngoài {scope}");
  });
});
