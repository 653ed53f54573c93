import { builtinCatalog, targetsOfPlan } from "@pctm/catalog";
import {
  buildFigureCube,
  compare,
  compileTargetColumns,
  cubeFormulaContext,
  type Edition,
  evaluateTarget,
  indicatorSourceFrom,
  toTargetUnitScope,
  type Verdict,
} from "@pctm/domain";
import { packagedEdition } from "@pctm/units-data";
import { describe, expect, it } from "vitest";
import { PROGRAMMES, workloadElements } from "./programme-elements.js";
import { totalsOf } from "./totals-of.js";
import { generateWorkload } from "./workload.js";

/** One province and everything under it: a slice of the national list the test judges in seconds. */
function provinceSlice(edition: Edition, province: string): Edition {
  const parentOf = new Map(edition.units.map((u) => [u.code, u.parentCode]));
  const inside = (code: string | null): boolean =>
    code === province || (code !== null && inside(parentOf.get(code) ?? null));
  return { ...edition, units: edition.units.filter((u) => inside(u.code)) };
}

// A day after every year judged, so every kind is judged on figures (share_within_lag's year too).
const AS_OF = "2031-12-31";

describe("the columnar judge on the national programmes", () => {
  const catalog = builtinCatalog();
  const cases = [
    { plan: PROGRAMMES[0], edition: packagedEdition("vn-2023-04-08"), province: "46", firstYear: 2017 },
    { plan: PROGRAMMES[1], edition: packagedEdition("vn-2025-07-01"), province: "46", firstYear: 2027 },
  ];
  for (const { plan, edition, province, firstYear } of cases) {
    it(`gives evaluateTarget's verdict and actual for every supported target of ${plan}, every unit and year`, () => {
      const slice = provinceSlice(edition, province);
      expect(slice.units.length).toBeGreaterThan(10);
      const workload = generateWorkload({
        edition: slice,
        dataElements: workloadElements(catalog, 40),
        firstYear,
        years: 5,
        halfYearElements: 10,
        disaggregatedElements: 2,
        silentShare: 0.05,
        seed: 20261205,
      });
      const decimals = Object.fromEntries(
        catalog.dataElements.filter((d) => d.valueType !== "count").map((d) => [d.id, 2]),
      );
      const cube = buildFigureCube({
        edition: slice,
        dataElements: catalog.dataElements,
        columns: totalsOf(workload),
        decimals,
      });
      if (!cube) throw new Error("the cube refused the workload");
      const source = indicatorSourceFrom(catalog.indicators, cubeFormulaContext(cube));
      const unitScope = toTargetUnitScope(slice);
      const units = Int32Array.from(cube.unitCodes, (_, i) => i);
      const years = workload.periods.filter((p) => /^\d{4}$/.test(p));
      const seen = new Set<Verdict>();
      let supported = 0;
      const targets = targetsOfPlan(plan, catalog);
      for (const target of targets) {
        const compiled = compileTargetColumns(target, { cube, indicators: catalog.indicators, unitScope });
        if (!compiled.supported) continue;
        supported++;
        for (const period of years) {
          const judged = compiled.judge(period, AS_OF, units);
          units.forEach((u, i) => {
            const orgUnit = cube.unitCodes[u] as string;
            const expected = evaluateTarget(target, { orgUnit, period, asOf: AS_OF, source, unitScope });
            const where = `${target.id} ${orgUnit} ${period}`;
            expect(judged.verdict(i), where).toBe(expected.verdict);
            seen.add(expected.verdict);
            const actual = judged.actual(i);
            if (expected.actual === undefined) expect(actual, where).toBeUndefined();
            else if (actual === undefined) expect.fail(`${where}: no actual, evaluateTarget has one`);
            else expect(compare(actual, expected.actual), where).toBe(0);
          });
        }
      }
      // Every target of both programmes is judged by the columns, and the data reach the verdicts that matter.
      expect(supported).toBe(targets.length);
      for (const verdict of ["achieved", "not_achieved", "insufficient_data"] as const) {
        expect(seen.has(verdict), verdict).toBe(true);
      }
    }, 120_000);
  }
});
