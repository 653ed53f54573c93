import { type Catalog, checkCatalog } from "@pctm/catalog";
import type { Issue } from "@pctm/domain";
import { checkChecklist } from "./check-checklist.js";
import { checkSeedOutlines } from "./check-seed-outlines.js";
import { parseChecklist } from "./parse-checklist.js";
import type { Specification } from "./read-specification.js";

/** One part of the check: what was checked (with its counts) and the problems found. */
export interface ConformanceSection {
  readonly title: string;
  readonly problems: readonly Issue[];
}

/**
 * The catalogue against the specification: the validation pass with every quote found word for word in
 * its seed; every row of SEED-TARGETS.md encoded with its quote; the seed outlines reproduced.
 */
export function checkConformance(catalog: Catalog, spec: Specification): ConformanceSection[] {
  const checklist = parseChecklist(spec.checklist);
  const quoted = catalog.targets.filter((t) => t.source).length;
  return [
    {
      title: `Danh mục dựng sẵn: kiểm tra toàn bộ, ${quoted} câu trích đối chiếu nguyên văn với seed`,
      problems: checkCatalog(catalog, { seeds: spec.seeds }),
    },
    {
      title: `SEED-TARGETS.md: ${checklist.targets.length} dòng mục tiêu, ${checklist.campaigns.length} đợt báo cáo có trong danh mục`,
      problems: checkChecklist(catalog, checklist),
    },
    {
      title: "Đề cương seed 000, 003, 004 tái tạo đúng; mục ĐÁNH GIÁ CHUNG gắn mọi mục tiêu 424nat",
      problems: checkSeedOutlines(spec, checklist),
    },
  ];
}
