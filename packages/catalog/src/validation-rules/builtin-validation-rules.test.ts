import { compileValidationRule, dataElementSchema, validationRuleSchema } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { BUILTIN_VALIDATION_RULES } from "./builtin-validation-rules.js";
import { RULE_ELEMENTS } from "./define-rule.js";

describe("BUILTIN_VALIDATION_RULES", () => {
  const elements = RULE_ELEMENTS.map((e) => dataElementSchema.parse(e));

  it("every rule parses, compiles against the catalogue's data elements and has a unique id", () => {
    const ids = new Set<string>();
    BUILTIN_VALIDATION_RULES.forEach((input, index) => {
      const rule = validationRuleSchema.parse(input);
      const compiled = compileValidationRule(rule, elements, ["rules", index]);
      expect(compiled.ok ? [] : compiled.errors).toEqual([]);
      expect(ids.has(rule.id)).toBe(false);
      ids.add(rule.id);
      expect(rule.instruction.normalize("NFC")).toBe(rule.instruction);
    });
    expect(ids.has("cultivation_area_destroyed_ha_le_cultivation_area_detected_ha")).toBe(true);
    expect(ids.has("addicts_treated_le_addicts_registered")).toBe(true);
  });
});
