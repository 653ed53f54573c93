import { builtinCatalog, targetsOfPlan } from "@pctm/catalog";
import { buildFigureCube, cubeFormulaContext, evaluateTarget, indicatorSourceFrom } from "@pctm/domain";
import { packagedEdition } from "@pctm/units-data";
import { measure } from "./measure.js";
import { printTable } from "./print-table.js";
import { PROGRAMMES, workloadElements } from "./programme-elements.js";
import { totalsOf } from "./totals-of.js";
import { indexUnits, rollUpTypedArray } from "./typed-array-rollup.js";
import { bottomLevel, generateWorkload } from "./workload.js";

/** One size of the scaling series: how many units and periods, and what each path cost. */
export interface ScalingPoint {
  readonly provinces: number;
  readonly communes: number;
  readonly periods: number;
  readonly values: number;
  readonly floorCpuMs: number;
  readonly cubeCpuMs: number;
  readonly judgeCpuMs: number;
  readonly judgements: number;
}

/**
 * How each cost grows with the size of the data: the 2020 programme on the three-level list for
 * the first 8, 16, 32 and all 63 provinces (every commune, 10 years), measured in one run.
 */
export function benchScaling(): ScalingPoint[] {
  const catalog = builtinCatalog();
  const full = packagedEdition("vn-2023-04-08");
  const provinces = full.units.filter((u) => u.level === 1);
  const decimals = Object.fromEntries(
    catalog.dataElements.filter((d) => d.valueType !== "count").map((d) => [d.id, 2]),
  );
  const names = new Map(catalog.dataElements.map((d) => [d.id, d.name]));
  const targets = targetsOfPlan(PROGRAMMES[0], catalog);
  const points: ScalingPoint[] = [];
  for (const count of [8, 16, 32, provinces.length]) {
    const kept = new Set(provinces.slice(0, count).map((p) => p.code));
    const inside = (code: string | null): boolean => {
      for (let c = code; c; c = full.units.find((u) => u.code === c)?.parentCode ?? null)
        if (kept.has(c)) return true;
      return false;
    };
    const edition = { ...full, id: `${full.id}-${count}`, units: full.units.filter((u) => inside(u.code)) };
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
    const floor = measure(() => rollUpTypedArray(workload, indexUnits(edition, workload.communes)));
    const columns = totalsOf(workload);
    const cube = measure(() =>
      buildFigureCube({ edition, dataElements: catalog.dataElements, columns, decimals }),
    );
    const built = buildFigureCube({ edition, dataElements: catalog.dataElements, columns, decimals });
    if (!built) throw new Error("the cube refused the workload");
    const source = indicatorSourceFrom(catalog.indicators, cubeFormulaContext(built));
    const upper = edition.units.filter((u) => u.level < bottomLevel(edition)).map((u) => u.code);
    const years = workload.periods.filter((p) => /^\d{4}$/.test(p));
    let judgements = 0;
    const judge = measure(() => {
      judgements = 0;
      for (const orgUnit of upper)
        for (const period of years)
          for (const target of targets) {
            evaluateTarget(target, {
              orgUnit,
              period,
              asOf: "2026-12-05",
              source,
              dataElementName: (id) => names.get(id),
            });
            judgements++;
          }
    }, 1);
    points.push({
      provinces: count,
      communes: workload.communes.length,
      periods: workload.periods.length,
      values: workload.size,
      floorCpuMs: floor.cpuMs,
      cubeCpuMs: cube.cpuMs,
      judgeCpuMs: judge.cpuMs,
      judgements,
    });
  }
  printTable(
    "1b. scaling: the 2020 programme on the three-level list, first N provinces, every commune, 10 years",
    points.flatMap((p) => [
      {
        name: `${p.provinces} provinces, ${p.values.toLocaleString("en")} values: (a) typed-array floor`,
        wallMs: Number.NaN,
        cpuMs: p.floorCpuMs,
      },
      { name: "    figure cube", wallMs: Number.NaN, cpuMs: p.cubeCpuMs, ratio: p.cubeCpuMs / p.floorCpuMs },
      {
        name: `    ${p.judgements.toLocaleString("en")} judgements (provinces, districts)`,
        wallMs: Number.NaN,
        cpuMs: p.judgeCpuMs,
        ratio: p.judgeCpuMs / p.floorCpuMs,
      },
    ]),
  );
  return points;
}
