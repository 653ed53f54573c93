import type { IssueCodeTable } from "@pctm/domain";

/** The codes the server raises before the REST app runs. */
export const SERVER_ISSUE_CODES = {
  SERVER_CONFIG_INVALID: { kind: "invalid_input", message: "{detail}" },
} as const satisfies IssueCodeTable;
