import { evaluatePlan } from "@pctm/app";
import { builtinCatalog, type Catalog, targetsOfPlan } from "@pctm/catalog";
import {
  buildFigureCube,
  compileTargetColumns,
  cubeFormulaContext,
  descendantsAtLevel,
  type Edition,
  evaluateTarget,
  type FigureCube,
  indicatorSourceFrom,
  type Target,
  toTargetUnitScope,
} from "@pctm/domain";
import { packagedEdition } from "@pctm/units-data";
import { measure } from "./measure.js";
import { printTable } from "./print-table.js";
import { PROGRAMMES, workloadElements } from "./programme-elements.js";
import { groupBySqlite, loadSqlite } from "./sqlite-reference.js";
import { totalsOf } from "./totals-of.js";
import { indexUnits, rollUpTypedArray } from "./typed-array-rollup.js";
import { bottomLevel, dataValuesOf, generateWorkload, type Workload } from "./workload.js";

const AS_OF = "2026-12-05";

/** The rows of one province for one period: what a user hands evaluatePlan for that province. */
function provinceRows(workload: Workload, edition: Edition, province: string, period: string) {
  const inProvince = new Set(descendantsAtLevel(edition, province, bottomLevel(edition)).map((u) => u.code));
  const periodIndex = workload.periods.indexOf(period);
  const previous = workload.periods.indexOf(String(Number(period) - 1));
  const rows: number[] = [];
  for (let i = 0; i < workload.size; i++) {
    const p = workload.period[i] as number;
    if (
      (p === periodIndex || p === previous) &&
      inProvince.has(workload.communes[workload.unit[i] as number] ?? "")
    ) {
      rows.push(i);
    }
  }
  return rows.flatMap((i) => dataValuesOf(workload, i, i + 1));
}

/** Every target of the plan judged for every unit of `units`, every year, on the cube; returns the count. */
function judgeOnCube(
  catalog: Catalog,
  plan: string,
  cube: FigureCube,
  units: readonly string[],
  years: readonly string[],
  targets: readonly Target[] = targetsOfPlan(plan, catalog),
): number {
  const source = indicatorSourceFrom(catalog.indicators, cubeFormulaContext(cube));
  const names = new Map(catalog.dataElements.map((d) => [d.id, d.name]));
  const unitScope = toTargetUnitScope(cube.edition);
  let judged = 0;
  for (const orgUnit of units) {
    for (const period of years) {
      for (const target of targets) {
        evaluateTarget(target, {
          orgUnit,
          period,
          asOf: AS_OF,
          source,
          unitScope,
          dataElementName: (id) => names.get(id),
        });
        judged++;
      }
    }
  }
  return judged;
}

/** What the columnar judge did: judgements in all, and how many went to evaluateTarget instead. */
interface ColumnarCount {
  readonly judged: number;
  readonly byEvaluateTarget: number;
  readonly unsupported: readonly string[];
}

/**
 * Every target of the plan judged for every unit of the edition, every year, by the columnar judge
 * (compileTargetColumns: one call per target and year for all units); a target it does not support
 * is judged unit by unit with evaluateTarget, and that time is counted too.
 */
function judgeOnColumns(
  catalog: Catalog,
  plan: string,
  cube: FigureCube,
  years: readonly string[],
): ColumnarCount {
  const names = new Map(catalog.dataElements.map((d) => [d.id, d.name]));
  const options = {
    cube,
    indicators: catalog.indicators,
    unitScope: toTargetUnitScope(cube.edition),
    dataElementName: (id: string) => names.get(id),
  };
  const everyUnit = Int32Array.from(cube.unitCodes, (_, i) => i);
  let judged = 0;
  let byEvaluateTarget = 0;
  const unsupported: string[] = [];
  for (const target of targetsOfPlan(plan, catalog)) {
    const compiled = compileTargetColumns(target, options);
    if (compiled.supported) {
      for (const period of years) {
        byEvaluateTarget += compiled.judge(period, AS_OF, everyUnit).exactlyJudged.size;
        judged += everyUnit.length;
      }
      continue;
    }
    unsupported.push(target.id);
    const n = judgeOnCube(catalog, plan, cube, cube.unitCodes, years, [target]);
    judged += n;
    byEvaluateTarget += n;
  }
  return { judged, byEvaluateTarget, unsupported };
}

/**
 * Benchmark 1: roll-up and evaluation of a programme over the national dataset, against the
 * typed-array floor and SQLite's GROUP BY over the same rows, measured in this run.
 */
export function benchEvaluation(options: { readonly sampleProvinces: number }): void {
  const catalog = builtinCatalog();
  const cases = [
    { plan: PROGRAMMES[0], edition: packagedEdition("vn-2023-04-08"), year: "2019" },
    { plan: PROGRAMMES[1], edition: packagedEdition("vn-2025-07-01"), year: "2025" },
  ];
  for (const { plan, edition, year } of cases) {
    const workload = generateWorkload({
      edition,
      dataElements: workloadElements(catalog, 40),
      firstYear: 2016,
      years: 10,
      halfYearElements: 10,
      disaggregatedElements: 2,
      silentShare: 0.05,
      seed: 20261205,
    });
    const units = indexUnits(edition, workload.communes);
    const floor = measure(() => rollUpTypedArray(workload, units));
    const columns = totalsOf(workload);
    const decimals = Object.fromEntries(
      catalog.dataElements.filter((d) => d.valueType !== "count").map((d) => [d.id, 2]),
    );
    const cube = measure(() =>
      buildFigureCube({ edition, dataElements: catalog.dataElements, columns, decimals }),
    );
    const built = buildFigureCube({ edition, dataElements: catalog.dataElements, columns, decimals });
    if (!built) throw new Error("the cube refused the workload");
    const years = workload.periods.filter((p) => /^\d{4}$/.test(p));
    // The whole country, measured, not extrapolated: every unit of every level, every year.
    const everyUnit = edition.units.map((u) => u.code);
    let judged = 0;
    const wholeCountry = measure(() => {
      judged = judgeOnCube(catalog, plan, built, everyUnit, years);
    }, 1);
    const perJudgement = (wholeCountry.cpuMs * 1000) / judged;
    let columnar: ColumnarCount = { judged: 0, byEvaluateTarget: 0, unsupported: [] };
    const byColumns = measure(() => {
      columnar = judgeOnColumns(catalog, plan, built, years);
    });
    const columnsNote = [
      `${columnar.judged.toLocaleString("en")} judgements, ${((byColumns.cpuMs * 1000) / columnar.judged).toFixed(2)} µs each`,
      `${columnar.byEvaluateTarget.toLocaleString("en")} by evaluateTarget (${columnar.unsupported.join(", ") || "none unsupported"})`,
      `with the cube ${((cube.cpuMs + byColumns.cpuMs) / 1000).toFixed(2)} s CPU`,
    ].join("; ");
    const db = loadSqlite(workload, edition);
    const sql = measure(() => groupBySqlite(db, units.depth), 1);
    db.close();
    const provinces = descendantsAtLevel(edition, undefined, 1).slice(0, options.sampleProvinces);
    const inputs = provinces.map((p) => ({
      code: p.code,
      rows: provinceRows(workload, edition, p.code, year),
    }));
    const toolkit = measure(() => {
      for (const { code, rows } of inputs) {
        const judged = evaluatePlan(plan, {
          data: { dataValues: rows },
          orgUnit: code,
          period: year,
          asOf: AS_OF,
          edition,
          catalog,
        });
        if (!judged.ok) throw new Error(JSON.stringify(judged.errors.slice(0, 3)));
      }
    }, 1);
    const allProvinces = descendantsAtLevel(edition, undefined, 1).length;
    const perProvince = toolkit.wallMs / provinces.length;
    printTable(
      `1. ${plan} on ${edition.id}: ${workload.size.toLocaleString("en")} values, ${workload.communes.length} communes, ${workload.elements.length} elements, ${workload.periods.length} periods`,
      [
        { name: "(a) typed-array roll-up, every level, every element and period", ...floor },
        { name: "(b) SQLite GROUP BY, every level above communes", ...sql, ratio: sql.cpuMs / floor.cpuMs },
        {
          name: "toolkit: buildFigureCube, every level, element and period (exact)",
          ...cube,
          ratio: cube.cpuMs / floor.cpuMs,
          note: `${(sql.cpuMs / cube.cpuMs).toFixed(1)}× faster than (b)`,
        },
        {
          name: `toolkit: every target × every unit at every level (${everyUnit.length}) × ${years.length} years, on the cube`,
          ...wholeCountry,
          ratio: wholeCountry.cpuMs / floor.cpuMs,
          note: `${judged.toLocaleString("en")} judgements, ${perJudgement.toFixed(2)} µs each; with the cube ${((cube.cpuMs + wholeCountry.cpuMs) / 1000).toFixed(2)} s CPU`,
        },
        {
          name: "columnar judge, every unit, every level, every year (compileTargetColumns)",
          ...byColumns,
          ratio: byColumns.cpuMs / floor.cpuMs,
          note: columnsNote,
        },
        {
          name: `evaluatePlan per province, ${year} (${provinces.length} provinces sampled)`,
          ...toolkit,
          ratio: toolkit.cpuMs / floor.cpuMs,
          note: `≈ ${((perProvince * allProvinces) / 1000).toFixed(1)} s for ${allProvinces} provinces × 1 year`,
        },
      ],
    );
  }
}
