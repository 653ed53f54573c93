import { type Issue, issue } from "../result/issue.js";
import type { Edition } from "../unit/edition.js";
import { ancestors, unitByCode } from "../unit/query-hierarchy.js";
import { fullUnitName } from "../unit/unit.js";
import type { SectionNarrative } from "./narrative.js";

/** A narrative for a section the outline does not have. */
export const UNKNOWN_SECTION = "UNKNOWN_SECTION";
/** A narrative of a unit outside the reporting unit (another province's text). */
export const NARRATIVE_UNIT_OUTSIDE = "NARRATIVE_UNIT_OUTSIDE";
/** A narrative of a unit code the unit list does not have. */
export const NARRATIVE_UNKNOWN_UNIT = "NARRATIVE_UNKNOWN_UNIT";

/**
 * Errors for narratives naming a section the outline does not have: each lists the valid section
 * ids, so the writer can correct the file. A narrative is never dropped with a mere warning.
 */
export function checkNarrativeSections(
  narratives: readonly SectionNarrative[],
  sectionIds: readonly string[],
): Issue[] {
  const known = new Set(sectionIds);
  const errors: Issue[] = [];
  narratives.forEach((narrative, index) => {
    if (known.has(narrative.section)) return;
    errors.push(
      issue(
        UNKNOWN_SECTION,
        `đề cương không có mục "${narrative.section}"; các mã mục hợp lệ: ${sectionIds.join(", ")}`,
        ["narratives", index, "section"],
      ),
    );
  });
  return errors;
}

/**
 * Errors for narratives whose `orgUnit` is not the reporting unit or a unit under it: nothing from
 * another province enters a report. A code the unit list does not have is an error too.
 */
export function checkNarrativeUnits(
  narratives: readonly SectionNarrative[],
  options: { readonly edition: Edition; readonly unitCode: string },
): Issue[] {
  const { edition, unitCode } = options;
  const reporting = unitByCode(edition, unitCode);
  const reportingName = reporting ? fullUnitName(reporting) : `đơn vị mã ${unitCode}`;
  const errors: Issue[] = [];
  narratives.forEach((narrative, index) => {
    const code = narrative.orgUnit;
    if (code === undefined || code === unitCode) return;
    const path = ["narratives", index, "orgUnit"];
    const unit = unitByCode(edition, code);
    if (!unit) {
      errors.push(
        issue(NARRATIVE_UNKNOWN_UNIT, `không có đơn vị mã "${code}" trong danh mục "${edition.name}"`, path),
      );
      return;
    }
    if (ancestors(edition, code).some((a) => a.code === unitCode)) return;
    errors.push(
      issue(
        NARRATIVE_UNIT_OUTSIDE,
        `${fullUnitName(unit)} (mã ${code}) không thuộc ${reportingName}: phần nội dung của đơn vị này không được đưa vào báo cáo của ${reportingName}`,
        path,
      ),
    );
  });
  return errors;
}
