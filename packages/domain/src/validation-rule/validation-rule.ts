import { z } from "zod";

/** How a rule compares its two sides. */
export const RULE_OPERATORS = ["<=", "<", "==", "!=", ">=", ">"] as const;
export type RuleOperator = (typeof RULE_OPERATORS)[number];

/** How much a violation matters to the person checking the data. */
export const RULE_IMPORTANCES = ["high", "medium", "low"] as const;
export type RuleImportance = (typeof RULE_IMPORTANCES)[number];

/**
 * When a side lacks data (DHIS2's missing value strategy): skip the check when any input is missing
 * (the default: nothing to compare), or only when every input of both sides is missing, counting the
 * missing ones as 0 otherwise.
 */
export const MISSING_VALUE_STRATEGIES = ["skip_if_any_missing", "skip_if_all_missing"] as const;
export type MissingValueStrategy = (typeof MISSING_VALUE_STRATEGIES)[number];

/**
 * A data quality rule: `left operator right`, each side an expression of the indicator language
 * (`#{addicts_treated}` ≤ `#{addicts_registered}`), checked for one unit and one period at a time.
 * `instruction` tells the person entering data, in Vietnamese, what to look at when it fails.
 */
export const validationRuleSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, "mã chỉ gồm chữ thường không dấu, số và dấu gạch dưới"),
  name: z.string().min(1),
  importance: z.enum(RULE_IMPORTANCES).default("medium"),
  instruction: z.string().min(1),
  left: z.string().min(1),
  operator: z.enum(RULE_OPERATORS),
  right: z.string().min(1),
  missingValueStrategy: z.enum(MISSING_VALUE_STRATEGIES).default("skip_if_any_missing"),
});
export type ValidationRule = z.infer<typeof validationRuleSchema>;
export type ValidationRuleInput = z.input<typeof validationRuleSchema>;

/** Vietnamese words for the operators and importances, for messages. */
export const OPERATOR_WORDS: Readonly<Record<RuleOperator, string>> = {
  "<=": "nhỏ hơn hoặc bằng",
  "<": "nhỏ hơn",
  "==": "bằng",
  "!=": "khác",
  ">=": "lớn hơn hoặc bằng",
  ">": "lớn hơn",
};

export const IMPORTANCE_WORDS: Readonly<Record<RuleImportance, string>> = {
  high: "cao",
  medium: "trung bình",
  low: "thấp",
};
