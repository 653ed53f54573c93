import { CATALOG_ISSUE_CODES } from "@pctm/catalog";
import {
  DATA_ISSUE_CODES,
  DOMAIN_ISSUE_CODES,
  type IssueCodeTable,
  type IssueKind,
  issueKindOf,
  mergeIssueCodeTables,
  REPORT_ISSUE_CODES,
  VALIDATION_RULE_ISSUE_CODES,
} from "@pctm/domain";
import { ACCESS_ISSUE_CODES } from "./access/issue-codes.js";
import { ADAPTER_ISSUE_CODES } from "./adapter-issue-codes.js";
import { CAMPAIGN_ISSUE_CODES } from "./campaigns/issue-codes.js";
import { CATALOG_QUERY_ISSUE_CODES } from "./catalog/issue-codes.js";
import { DATA_EXCHANGE_ISSUE_CODES } from "./data-values/issue-codes.js";
import { STORABLE_TEXT_ISSUE_CODES } from "./shared/storable-text.js";
import { UNITS_ISSUE_CODES } from "./units/issue-codes.js";
import { VALUE_EDIT_ISSUE_CODES } from "./value-edits/issue-codes.js";

/**
 * The one registry of issue codes: every table the kernel, the catalogue, the application layer and
 * the adapters declare. An adapter answers an issue by its kind (CLI exit code, HTTP status), read here.
 * A new area's table (an issue-codes.ts of the kernel, the catalogue or this package) is added to this
 * list by its author; issue-registry.test.ts fails while a code used in the source, or declared in such
 * a table, is missing from it. Adapters above this package (REST, terminal UI) merge their own table
 * with this one.
 */
export const ISSUE_REGISTRY: IssueCodeTable = mergeIssueCodeTables(
  // the kernel first: its message is the template of a code another table restates
  DOMAIN_ISSUE_CODES,
  DATA_ISSUE_CODES,
  REPORT_ISSUE_CODES,
  VALIDATION_RULE_ISSUE_CODES,
  CATALOG_ISSUE_CODES,
  ACCESS_ISSUE_CODES,
  DATA_EXCHANGE_ISSUE_CODES,
  ADAPTER_ISSUE_CODES,
  VALUE_EDIT_ISSUE_CODES,
  UNITS_ISSUE_CODES,
  CATALOG_QUERY_ISSUE_CODES,
  CAMPAIGN_ISSUE_CODES,
  STORABLE_TEXT_ISSUE_CODES,
);

/** The kind of any code the toolkit raises; "internal" for one no table declares (a bug). */
export function kindOfIssue(code: string): IssueKind {
  return issueKindOf(code, ISSUE_REGISTRY);
}
