import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import { consolidateFigures } from "../figures/consolidate-figures.js";
import { createDataContext } from "../figures/create-data-context.js";
import { rational } from "../number/rational.js";
import { unwrap } from "../result/result.js";
import { children } from "../unit/query-hierarchy.js";
import { ISLAND_DISTRICT_EDITION } from "../unit/test-support.js";
import { buildFigureCube } from "./build-figure-cube.js";
import type { ValueColumns } from "./figure-cube.js";

// A province with a district of two communes and an island district without communes (as Lý Sơn).
const edition = ISLAND_DISTRICT_EDITION;
const elements: DataElement[] = [
  { id: "cases", name: "Số vụ", valueType: "count", aggregation: "sum", unitLabel: "vụ", categories: [] },
  {
    id: "area",
    name: "Diện tích",
    valueType: "area_ha",
    aggregation: "sum",
    unitLabel: "ha",
    categories: [],
  },
];
const reporters = ["21001", "21002", "536", "527"];
const periods = ["2023", "2024"];

interface Row {
  readonly unit: number;
  readonly element: number;
  readonly period: number;
  readonly cents: number;
}

function columnsOf(rows: readonly Row[]): ValueColumns {
  return {
    units: reporters,
    elements: elements.map((e) => e.id),
    periods,
    size: rows.length,
    unit: Int32Array.from(rows, (r) => r.unit),
    element: Uint8Array.from(rows, (r) => r.element),
    period: Uint8Array.from(rows, (r) => r.period),
    value: Float64Array.from(rows, (r) => (r.element === 0 ? r.cents : r.cents / 100)),
  };
}

/** One row per key: the first wins, as a store keeps one value per key. */
const rowsArbitrary = fc
  .array(
    fc.record({
      unit: fc.integer({ min: 0, max: reporters.length - 1 }),
      element: fc.integer({ min: 0, max: 1 }),
      period: fc.integer({ min: 0, max: 1 }),
      cents: fc.integer({ min: 0, max: 1_000_000 }),
    }),
    { maxLength: 20 },
  )
  .map((rows) => {
    const seen = new Set<string>();
    return rows.filter((r) => {
      const k = `${r.unit}|${r.element}|${r.period}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  });

describe("buildFigureCube", () => {
  it("gives every unit the same figure as consolidateFigures (law, random rows)", () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const cube = buildFigureCube({
          edition,
          dataElements: elements,
          columns: columnsOf(rows),
          decimals: { area: 2 },
        });
        expect(cube).toBeDefined();
        const context = unwrap(
          createDataContext({
            dataElements: elements,
            dataValues: rows.map((r) => ({
              dataElement: elements[r.element]?.id ?? "",
              orgUnit: reporters[r.unit] ?? "",
              period: periods[r.period] ?? "",
              value: r.element === 0 ? String(r.cents) : (r.cents / 100).toFixed(2),
            })),
            children: (code) => children(edition, code).map((u) => u.code),
          }),
        );
        const figures = consolidateFigures({
          context,
          edition,
          unitCode: "51",
          dataElements: elements,
          periods,
        });
        for (const unit of ["51", "527", "536", "21001", "21002"]) {
          for (const element of elements) {
            for (const period of periods) {
              expect(cube?.value(element.id, unit, period)).toEqual(figures.value(element.id, unit, period));
            }
          }
        }
      }),
    );
  });

  it("keeps areas exact: 0,29 + 0,01 ha is 0,3 ha, not 0,30000000000000004", () => {
    const cube = buildFigureCube({
      edition,
      dataElements: elements,
      columns: columnsOf([
        { unit: 0, element: 1, period: 0, cents: 29 },
        { unit: 1, element: 1, period: 0, cents: 1 },
      ]),
      decimals: { area: 2 },
    });
    expect(cube?.value("area", "51", "2023")).toEqual(rational(3, 10));
  });

  it("says nothing (undefined), never 0, where nobody reported", () => {
    const cube = buildFigureCube({ edition, dataElements: elements, columns: columnsOf([]) });
    expect(cube?.value("cases", "51", "2023")).toBeUndefined();
    expect(cube?.reported("cases", "51", "2023")).toBe(0);
  });

  it("refuses to build rather than round: more decimals than allowed, an unknown unit, a sum past 2^53", () => {
    const tooPrecise = columnsOf([{ unit: 0, element: 1, period: 0, cents: 29 }]);
    expect(buildFigureCube({ edition, dataElements: elements, columns: tooPrecise })).toBeUndefined();
    const unknown = {
      ...columnsOf([{ unit: 0, element: 0, period: 0, cents: 1 }]),
      units: ["99999", ...reporters.slice(1)],
    };
    expect(buildFigureCube({ edition, dataElements: elements, columns: unknown })).toBeUndefined();
    const huge = columnsOf([
      { unit: 0, element: 0, period: 0, cents: 2 ** 52 },
      { unit: 1, element: 0, period: 0, cents: 2 ** 52 },
    ]);
    expect(buildFigureCube({ edition, dataElements: elements, columns: huge })).toBeUndefined();
  });
});
