import type { Edition } from "../../unit/edition.js";
import { descendantsAtLevel, unitByCode } from "../../unit/query-hierarchy.js";
import { fullUnitName } from "../../unit/unit.js";
import { kindWord } from "../../unit/unit-kind.js";
import type { FigureGap } from "../figure-table.js";
import type { ReportContext } from "./report-context.js";

const LOWEST_KINDS = ["commune", "ward", "township", "special_zone"] as const;

/** What the lowest units under a unit are called, in the usual order: "xã, phường, thị trấn", "xã, phường". */
function lowestNoun(edition: Edition, code: string): string {
  const kinds = new Set(descendantsAtLevel(edition, code, 3).map((u) => u.kind));
  const words = LOWEST_KINDS.filter((k) => kinds.has(k)).map((k) => kindWord(k).toLocaleLowerCase("vi"));
  return words.length > 0 ? words.join(", ") : "đơn vị";
}

/** Who is missing from a rolled-up figure, as a table's footnote says it. */
export type GapOf = (elementId: string, code: string | undefined, period: string) => FigureGap | undefined;

/**
 * The gaps of a report's figure tables: for a unit's cell (or, with no code, the report's total), how
 * many units under it reported and which did not — under the total, grouped by the child unit they
 * belong to ("Huyện Nam Đông 10/10").
 */
export function createGapOf(context: ReportContext): GapOf {
  const { edition, input, unit, childUnits } = context;
  const { raw, figures } = context.prepared;
  const nameOf = (code: string) => {
    const u = unitByCode(edition, code);
    return u ? fullUnitName(u) : code;
  };
  const nouns = new Map<string, string>();
  const nounOf = (code: string) => {
    const known = nouns.get(code);
    if (known !== undefined) return known;
    const noun = lowestNoun(edition, code);
    nouns.set(code, noun);
    return noun;
  };
  // Districts with no communes (Huyện Lý Sơn) report for themselves: counted apart from the communes.
  const selfReporting =
    unit.level === 1 && descendantsAtLevel(edition, input.unitCode, 3).length > 0
      ? childUnits.filter((d) => descendantsAtLevel(edition, d.code, 3).length === 0)
      : [];
  const reportersOf = (expected: number): { noun: string; breakdown?: string } => {
    const noun = nounOf(input.unitCode);
    if (selfReporting.length === 0) return { noun };
    const kinds = [...new Set(selfReporting.map((d) => kindWord(d.kind).toLocaleLowerCase("vi")))].join(", ");
    return {
      noun: "đơn vị báo cáo",
      breakdown: `${expected - selfReporting.length} ${noun} và ${selfReporting.length} ${kinds} không có đơn vị cấp xã`,
    };
  };
  const childOf = new Map<string, string>();
  for (const child of childUnits) {
    for (const level of [2, 3] as const) {
      for (const u of descendantsAtLevel(edition, child.code, level)) childOf.set(u.code, child.code);
    }
  }
  return (elementId, code, period) => {
    const at = code ?? input.unitCode;
    // A unit that gave its own figure is not a roll-up of the units under it.
    if (code !== undefined && raw.lookup(elementId, code, period) !== undefined) return undefined;
    const coverage = figures.coverage(elementId, at, period);
    if (!coverage || coverage.reported >= coverage.expected) return undefined;
    let missing = coverage.missing.map(nameOf);
    if (code === undefined) {
      // Under the report's total, by the child unit they belong to: "Huyện Nam Đông 10/10".
      const byChild = new Map<string, number>();
      for (const m of coverage.missing) {
        const child = childOf.get(m) ?? m;
        byChild.set(child, (byChild.get(child) ?? 0) + 1);
      }
      missing = [...byChild].map(([child, count]) => {
        const all = figures.coverage(elementId, child, period)?.expected;
        return all === undefined || child === coverage.missing.find((m) => m === child)
          ? nameOf(child)
          : `${nameOf(child)} ${count}/${all}`;
      });
    }
    return {
      reported: coverage.reported,
      expected: coverage.expected,
      missing,
      ...(code === undefined ? reportersOf(coverage.expected) : { noun: nounOf(at) }),
    };
  };
}
