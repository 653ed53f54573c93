import { compareVietnamese } from "../../text/vietnamese-text.js";
import { children, unitByCode } from "../../unit/query-hierarchy.js";
import { fullUnitName } from "../../unit/unit.js";
import type { ReportBlock } from "../report-model.js";
import type { ReportContext } from "./report-context.js";

/**
 * The units that sent nothing — no figure and no narrative, themselves or every unit under them — as
 * the block that opens the report ("Đơn vị chưa gửi báo cáo, số liệu (2/9): …"); none when all did.
 */
export function missingSubmissions(context: ReportContext): ReportBlock[] {
  const { edition, childUnits, input } = context;
  const submitted = new Set([
    ...context.submittedUnits,
    ...(input.narratives ?? []).flatMap((n) => (n.orgUnit ? [n.orgUnit] : [])),
  ]);
  const silent = new Set(context.prepared.figures.silentUnits);
  const silentChildren = childUnits.filter((child) => {
    if (submitted.has(child.code)) return false;
    const under = [...silent].filter((code) => unitByCode(edition, code)?.parentCode === child.code);
    const all = children(edition, child.code);
    return all.length === 0 ? true : under.length === all.length;
  });
  if (silentChildren.length === 0) return [];
  return [
    {
      kind: "missing_submissions",
      text: `Đơn vị chưa gửi báo cáo, số liệu (${silentChildren.length}/${childUnits.length}):`,
      units: silentChildren.map(fullUnitName).sort(compareVietnamese),
    },
  ];
}
