import type { IssueCodeTable } from "../result/issue-kind.js";

/** The codes of validation rules themselves (a rule's own definition, not the data it checks). */
export const VALIDATION_RULE_ISSUE_CODES = {
  VALIDATION_RULE_OPERATOR_MISMATCH: {
    kind: "invalid_input",
    message: 'Quy tắc "{rule}": giá trị đúng/sai chỉ so sánh được bằng == hoặc !=, không dùng {operator}',
  },
} as const satisfies IssueCodeTable;
