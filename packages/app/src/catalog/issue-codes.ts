import type { IssueCodeTable } from "@pctm/domain";

/** Codes of the catalogue queries the catalogue package does not declare itself. */
export const CATALOG_QUERY_ISSUE_CODES = {
  OUTLINE_UNKNOWN: { kind: "not_found", message: 'không có đề cương mã "{outline}" (có: {known})' },
} as const satisfies IssueCodeTable;
