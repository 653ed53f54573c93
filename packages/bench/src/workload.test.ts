import { builtinCatalog } from "@pctm/catalog";
import { packagedEdition } from "@pctm/units-data";
import { describe, expect, it } from "vitest";
import { workloadElements } from "./programme-elements.js";
import { indexUnits, rollUpTypedArray } from "./typed-array-rollup.js";
import { dataValuesOf, generateWorkload } from "./workload.js";

const edition = packagedEdition("vn-2025-07-01");
const spec = {
  edition,
  dataElements: workloadElements(builtinCatalog(), 6),
  firstYear: 2020,
  years: 2,
  halfYearElements: 2,
  disaggregatedElements: 1,
  silentShare: 0.05,
  seed: 7,
};

describe("the national workload", () => {
  it("is the same on every run for one seed, and different for another", () => {
    const a = generateWorkload(spec);
    const b = generateWorkload(spec);
    const c = generateWorkload({ ...spec, seed: 8 });
    expect(a.size).toBe(b.size);
    expect(Array.from(a.value.slice(0, 1000))).toEqual(Array.from(b.value.slice(0, 1000)));
    expect(Array.from(a.value.slice(0, 1000))).not.toEqual(Array.from(c.value.slice(0, 1000)));
  });

  it("covers every commune of the edition, leaving about 5% silent", () => {
    const w = generateWorkload(spec);
    expect(w.communes.length).toBe(3321);
    const reporting = new Set(Array.from(w.unit));
    const silent = 1 - reporting.size / w.communes.length;
    expect(silent).toBeGreaterThan(0.03);
    expect(silent).toBeLessThan(0.07);
    // 3 plain yearly elements × 2 years + 2 half-year elements × 2 years × 2 halves + 1 × 2 years × 8 combos
    expect(w.size).toBe(reporting.size * (5 * 2 + 2 * 2 * 2 + 1 * 2 * 8));
  });

  it("writes rows in the exchange format, with the disaggregation when there is one", () => {
    const w = generateWorkload(spec);
    const rows = dataValuesOf(w);
    expect(rows).toHaveLength(w.size);
    expect(rows.some((r) => r.categoryOptionCombo === "nu_o50")).toBe(true);
    expect(rows.some((r) => r.period === "2021S2")).toBe(true);
  });

  it("the typed-array floor sums each province to the total of its communes", () => {
    const w = generateWorkload(spec);
    const units = indexUnits(edition, w.communes);
    const cube = rollUpTypedArray(w, units);
    const cells = w.elements.length * w.periods.length;
    const provinces = edition.units.filter((u) => u.level === 1).map((u) => units.codes.indexOf(u.code));
    let provinceTotal = 0;
    for (const p of provinces) for (let k = 0; k < cells; k++) provinceTotal += cube[p * cells + k] ?? 0;
    const rowTotal = w.value.reduce((s, v) => s + v, 0);
    expect(provinceTotal).toBeCloseTo(rowTotal, 6);
  });
});
