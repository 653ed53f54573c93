import type { ReportModel, ReportSection, TargetRow } from "@pctm/domain";

/** Every row of every target table in the report, in order: for a verdict summary. */
export function verdictRows(model: ReportModel): TargetRow[] {
  const rows: TargetRow[] = [];
  const walk = (sections: readonly ReportSection[]) => {
    for (const s of sections) {
      for (const b of s.blocks) if (b.kind === "target_table") rows.push(...b.rows);
      walk(s.children);
    }
  };
  walk(model.sections);
  return rows;
}
