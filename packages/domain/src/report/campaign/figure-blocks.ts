import { fullUnitName } from "../../unit/unit.js";
import { describeFigure } from "../describe-figure.js";
import { buildFigureTable } from "../figure-table.js";
import type { ReportBlock } from "../report-model.js";
import type { GapOf } from "./figure-gaps.js";
import type { ReportContext } from "./report-context.js";
import { columnLabel, periodText, stockColumnLabel } from "./report-periods.js";

/**
 * A bound data element's blocks: one sentence on its latest figure, then its table by child unit with
 * the total and who did not report — or the sentence alone for a figure held at the unit's own level.
 */
export function figureBlocks(context: ReportContext, gapOf: GapOf, elementId: string): ReportBlock[] {
  const { input, childUnits, scope, totalLabel } = context;
  const { raw, figures } = context.prepared;
  const { columns } = context.periods;
  const element = context.elements.get(elementId);
  if (!element) return [];
  const stock = element.aggregation === "last";
  const totals = columns.map((p) => figures.value(element.id, input.unitCode, p));
  // Held at the unit's own level (a province's rehabilitation capacity): no unit under it has the
  // figure in the window, so there is no table by unit and nobody "missing" — one sentence.
  const ownFigure =
    childUnits.length > 0 &&
    columns.some((p) => raw.lookup(element.id, input.unitCode, p) !== undefined) &&
    columns.every((p) => childUnits.every((u) => figures.value(element.id, u.code, p) === undefined));
  const table = buildFigureTable({
    dataElement: element.id,
    name: element.name,
    valueType: element.valueType,
    ...(element.unitLabel ? { unitLabel: element.unitLabel } : {}),
    columns: columns.map((p) => (stock ? stockColumnLabel(p, element.stockAt) : columnLabel(p))),
    units: childUnits.map((u) => ({ code: u.code, name: fullUnitName(u) })),
    value: (code, c) => figures.value(element.id, code, columns[c] ?? ""),
    total: (c) => figures.value(element.id, input.unitCode, columns[c] ?? ""),
    totalLabel,
    gap: (code, c) => gapOf(element.id, code, columns[c] ?? ""),
  });
  // The sentence speaks of the latest period with a figure: its coverage is the one to state.
  const latest = columns.filter((_, i) => totals[i] !== undefined).at(-1) ?? columns.at(-1) ?? "";
  const coverage = figures.coverage(element.id, input.unitCode, latest);
  const sentence = describeFigure({
    name: element.name,
    valueType: element.valueType,
    ...(element.unitLabel ? { unitLabel: element.unitLabel } : {}),
    scope,
    periods: columns.map(periodText),
    periodIds: columns,
    stock,
    ...(element.stockAt ? { stockAt: element.stockAt } : {}),
    ...(ownFigure ? { ownFigure } : {}),
    valueAt: (period) => figures.value(element.id, input.unitCode, period),
    totals,
    reported: coverage?.reported ?? 0,
    expected: coverage?.expected ?? 0,
    coverageAt: (period) => figures.coverage(element.id, input.unitCode, period),
  });
  return ownFigure ? [sentence] : [sentence, table];
}
