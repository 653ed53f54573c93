import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import { createDataContext } from "../figures/create-data-context.js";
import { unwrap } from "../result/result.js";
import { compileValidationRule } from "./compile-validation-rule.js";
import { evaluateValidationRule } from "./evaluate-validation-rule.js";
import { describeViolation } from "./rule-violation.js";
import { type ValidationRuleInput, validationRuleSchema } from "./validation-rule.js";

const ELEMENTS: DataElement[] = [
  { id: "treated", name: "Được điều trị", valueType: "count", aggregation: "sum", categories: [] },
  { id: "registered", name: "Có hồ sơ", valueType: "count", aggregation: "last", categories: [] },
  { id: "area", name: "Diện tích", valueType: "area_ha", aggregation: "sum", categories: [] },
  { id: "flag", name: "Cờ", valueType: "boolean", aggregation: "last", categories: [] },
];

function rule(input: Partial<ValidationRuleInput> = {}) {
  return validationRuleSchema.parse({
    id: "treated_le_registered",
    name: "Điều trị không quá số có hồ sơ",
    instruction: "Kiểm tra lại hai số",
    left: "#{treated}",
    operator: "<=",
    right: "#{registered}",
    ...input,
  });
}

function context(values: { dataElement: string; value: string | number | boolean }[]) {
  return unwrap(
    createDataContext({
      dataElements: ELEMENTS,
      dataValues: values.map((v) => ({ ...v, orgUnit: "46", period: "2020" })),
    }),
  );
}

describe("evaluateValidationRule", () => {
  const compiled = unwrap(compileValidationRule(rule(), ELEMENTS));

  it("passes, fails and skips exactly", () => {
    const pass = evaluateValidationRule(
      compiled,
      "46",
      "2020",
      context([
        { dataElement: "treated", value: 5 },
        { dataElement: "registered", value: 5 },
      ]),
    );
    expect(pass.status).toBe("passed");
    const fail = evaluateValidationRule(
      compiled,
      "46",
      "2020",
      context([
        { dataElement: "treated", value: "9007199254740993" },
        { dataElement: "registered", value: "9007199254740992" },
      ]),
    );
    expect(fail.status).toBe("violated");
    if (fail.status !== "violated") return;
    const violation = describeViolation(compiled.rule, "46", "2020", fail.left, fail.right);
    expect(violation.left.value).toBe("9007199254740993");
    expect(violation.right.value).toBe("9007199254740992");
    expect(violation.message).toContain("đơn vị 46, kỳ 2020");
    const skip = evaluateValidationRule(
      compiled,
      "46",
      "2020",
      context([{ dataElement: "treated", value: 5 }]),
    );
    expect(skip.status).toBe("skipped");
  });

  it("compares decimals exactly, not as floats", () => {
    const sum = unwrap(
      compileValidationRule(rule({ left: "#{area} + 0.2", operator: "==", right: "0.3" }), ELEMENTS),
    );
    expect(
      evaluateValidationRule(sum, "46", "2020", context([{ dataElement: "area", value: "0.1" }])).status,
    ).toBe("passed");
  });

  it("counts missing as 0 with skip_if_all_missing, and skips when nothing is there", () => {
    const lenient = unwrap(
      compileValidationRule(rule({ missingValueStrategy: "skip_if_all_missing" }), ELEMENTS),
    );
    const onlyLeft = evaluateValidationRule(
      lenient,
      "46",
      "2020",
      context([{ dataElement: "treated", value: 3 }]),
    );
    expect(onlyLeft.status).toBe("violated");
    expect(evaluateValidationRule(lenient, "46", "2020", context([])).status).toBe("skipped");
  });

  it("refuses unknown elements and an ordered comparison of yes/no", () => {
    const unknown = compileValidationRule(rule({ right: "#{nothing}" }), ELEMENTS);
    expect(unknown.ok).toBe(false);
    const ordered = compileValidationRule(rule({ left: "#{flag}", right: "true" }), ELEMENTS);
    expect(ordered.ok).toBe(false);
    if (!ordered.ok) expect(ordered.errors[0]?.code).toBe("VALIDATION_RULE_OPERATOR_MISMATCH");
  });
});
