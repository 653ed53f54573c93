import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { type Actor, LOCAL_OPERATOR } from "../ports/actor.js";
import { addValidationRule } from "./add-validation-rule.js";
import { importDataValues } from "./import-data-values.js";

const RULE = {
  id: "vocational_le_treated",
  name: "Số người được dạy nghề không vượt quá số người được điều trị",
  importance: "low",
  instruction: "Kiểm tra lại số người được dạy nghề.",
  left: "#{addicts_vocational}",
  operator: "<=",
  right: "#{addicts_treated}",
};

describe("addValidationRule", { timeout: 60_000 }, () => {
  it("keeps an organisation's rule, which imports then apply; refuses a taken id, a bad formula and a non-admin", async () => {
    const ctx = createAppContext({
      store: createMemoryStore(),
      clock: fixedClock("2026-12-05T03:00:00.000Z"),
    });
    const added = await addValidationRule(ctx, LOCAL_OPERATOR, RULE);
    expect(added.ok).toBe(true);
    const again = await addValidationRule(ctx, LOCAL_OPERATOR, RULE);
    expect(!again.ok && again.errors[0]?.code).toBe("VALIDATION_RULE_EXISTS");
    const builtin = await addValidationRule(ctx, LOCAL_OPERATOR, {
      ...RULE,
      id: "addicts_treated_le_addicts_registered",
    });
    expect(!builtin.ok && builtin.errors[0]?.code).toBe("VALIDATION_RULE_EXISTS");
    const broken = await addValidationRule(ctx, LOCAL_OPERATOR, { ...RULE, id: "x", right: "#{khong_co}" });
    expect(broken.ok).toBe(false);
    const editor: Actor = { userId: "e", role: "editor", scopeUnit: null };
    const denied = await addValidationRule(ctx, editor, { ...RULE, id: "y" });
    expect(!denied.ok && denied.errors[0]?.code).toBe("ACCESS_ROLE_TOO_LOW");

    const imported = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      rows: [
        { dataElement: "addicts_vocational", period: "2019", orgUnit: "20044", value: 4 },
        { dataElement: "addicts_treated", period: "2019", orgUnit: "20044", value: 3 },
      ],
    });
    expect(imported.ok && imported.value.violations.map((v) => v.ruleId)).toEqual(["vocational_le_treated"]);
  });
});
