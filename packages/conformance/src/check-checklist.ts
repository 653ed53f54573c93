import type { Catalog } from "@pctm/catalog";
import type { Issue } from "@pctm/domain";
import type { Checklist } from "./parse-checklist.js";
import { conformanceIssue } from "./raise.js";

/**
 * Every target row of the checklist is a target of the catalogue with the same quote (NFC, word for
 * word), every campaign row a campaign; a row that cannot be read, or a checklist with no target row,
 * is a problem too.
 */
export function checkChecklist(catalog: Catalog, checklist: Checklist): Issue[] {
  const problems: Issue[] = [];
  if (checklist.targets.length === 0) problems.push(conformanceIssue("CONFORMANCE_CHECKLIST_EMPTY", {}));
  for (const row of checklist.unreadable) {
    problems.push(conformanceIssue("CONFORMANCE_ROW_UNREADABLE", { ...row }, ["SEED-TARGETS.md", row.line]));
  }
  const targets = new Map(catalog.targets.map((t) => [t.id, t]));
  for (const row of checklist.targets) {
    const target = targets.get(row.id);
    const path = ["SEED-TARGETS.md", row.line];
    if (!target) problems.push(conformanceIssue("CONFORMANCE_TARGET_MISSING", { ...row }, path));
    else if (target.source?.quote !== row.quote) {
      const actual = target.source?.quote ?? "(không có)";
      problems.push(
        conformanceIssue("CONFORMANCE_QUOTE_DIFFERS", { id: row.id, actual, expected: row.quote }, path),
      );
    }
  }
  const campaigns = new Set(catalog.campaigns.map((c) => c.id));
  for (const row of checklist.campaigns) {
    if (!campaigns.has(row.id)) {
      problems.push(
        conformanceIssue("CONFORMANCE_CAMPAIGN_MISSING", { ...row }, ["SEED-TARGETS.md", row.line]),
      );
    }
  }
  return problems;
}
