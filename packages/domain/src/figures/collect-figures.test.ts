import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { unwrap } from "../result/result.js";
import type { Edition } from "../unit/edition.js";
import { children } from "../unit/query-hierarchy.js";
import { ISLAND_DISTRICT_EDITION } from "../unit/test-support.js";
import { collectFigures } from "./collect-figures.js";
import { createDataContext } from "./create-data-context.js";

// The island-district province with a third commune, and a commune of another province (its rows
// are left out of the report, with a warning).
const edition: Edition = {
  ...ISLAND_DISTRICT_EDITION,
  units: [
    ...ISLAND_DISTRICT_EDITION.units,
    { code: "21003", name: "Tịnh Bắc", kind: "commune", level: 3, parentCode: "527" },
    { code: "49", name: "Quảng Nam", kind: "province", level: 1, parentCode: null },
    { code: "490", name: "Hội An", kind: "provincial_city", level: 2, parentCode: "49" },
    { code: "20300", name: "Minh An", kind: "ward", level: 3, parentCode: "490" },
  ],
};
const element = (id: string, valueType: DataElement["valueType"], aggregation: DataElement["aggregation"]) =>
  ({ id, name: id, valueType, aggregation, categories: [] }) as DataElement;
const ELEMENTS = [
  element("addicts", "count", "sum"),
  element("area", "area_ha", "sum"),
  element("budget", "money_vnd", "sum"),
  element("has_plan", "boolean", "count_if"),
  element("rate", "percent", "average"),
];

/** Rows of every kind the columns hold apart: counts, decimals, money past 2^53, booleans, combos. */
const ROWS: DataValue[] = [
  { dataElement: "addicts", orgUnit: "21001", period: "2023", value: 40 },
  { dataElement: "addicts", orgUnit: "21002", period: "2023", value: "1.234" },
  { dataElement: "addicts", orgUnit: "536", period: "2023", value: 3 },
  { dataElement: "addicts", orgUnit: "51", period: "2023", value: 0 },
  { dataElement: "addicts", orgUnit: "21003", period: "2023", value: "9007199254740993" },
  { dataElement: "addicts", orgUnit: "21003", period: "2024", value: Number.MAX_SAFE_INTEGER },
  { dataElement: "addicts", orgUnit: "21001", period: "2024", categoryOptionCombo: "nam", value: 5 },
  { dataElement: "addicts", orgUnit: "21001", period: "2024", categoryOptionCombo: "nu", value: 2 },
  { dataElement: "area", orgUnit: "21002", period: "2023", value: "7,25" },
  { dataElement: "budget", orgUnit: "527", period: "2023", value: "99999999999999999999" },
  { dataElement: "has_plan", orgUnit: "21003", period: "2023S1", value: "Có" },
  { dataElement: "rate", orgUnit: "51", period: "2023", value: "68,98" },
  { dataElement: "addicts", orgUnit: "20300", period: "2023", value: 7 },
];

function collectInPieces(rows: readonly DataValue[], size: number) {
  const collector = collectFigures({ dataElements: ELEMENTS, edition, unitCode: "51" });
  for (let i = 0; i < rows.length; i += size) collector.add(rows.slice(i, i + size));
  return collector.finish();
}

describe("collectFigures: a unit's figures read in pieces, kept as columns", () => {
  const whole = unwrap(
    createDataContext({
      dataElements: ELEMENTS,
      dataValues: ROWS.filter((r) => r.orgUnit !== "20300"),
      children: (code) => children(edition, code).map((u) => u.code),
    }),
  );

  it.each([1, 2, 5, ROWS.length])(
    "answers every lookup as createDataContext does (pieces of %i rows)",
    (size) => {
      const collected = collectInPieces(ROWS, size);
      expect(collected.ok).toBe(true);
      if (!collected.ok) return;
      const { context, periods, submittedUnits } = collected.value;
      expect(context.size).toBe(whole.size);
      for (const { dataElement } of ELEMENTS.map((e) => ({ dataElement: e.id })))
        for (const unit of edition.units)
          for (const period of ["2023", "2024", "2023S1"])
            for (const combo of [undefined, "nam", "nu"])
              expect(context.lookup(dataElement, unit.code, period, combo)).toEqual(
                whole.lookup(dataElement, unit.code, period, combo),
              );
      expect([...periods].sort()).toEqual(["2023", "2023S1", "2024"]);
      expect([...submittedUnits].sort()).toEqual(["21001", "21002", "21003", "51", "527", "536"]);
      expect(collected.warnings.map((w) => w.code)).toEqual(["DATA_VALUE_OUTSIDE_UNIT"]);
    },
  );

  it("keeps a disaggregated element's total for a lookup without a combo", () => {
    const { context } = unwrap(collectInPieces(ROWS, 3));
    expect(context.lookup("addicts", "21001", "2024")).toEqual({ num: 7n, den: 1n });
  });

  it("refuses a value given again in a later piece, naming its row in the whole file", () => {
    const collected = collectInPieces([...ROWS, { ...ROWS[0], value: 41 } as DataValue], 4);
    expect(collected.ok).toBe(false);
    if (collected.ok) return;
    expect(collected.errors).toMatchObject([
      { code: "DATA_VALUE_DUPLICATE", path: ["dataValues", ROWS.length] },
    ]);
    expect(collected.errors[0]?.message).toContain(`Dòng ${ROWS.length + 1}:`);
  });

  it("numbers a bad row by its place in the whole file, and names every bad row of every piece", () => {
    const rows: DataValue[] = [
      ...ROWS.slice(0, 4),
      { dataElement: "addicts", orgUnit: "21001", period: "2022", value: -1 },
      { dataElement: "addicts", orgUnit: "99999", period: "2022", value: 1 },
    ];
    const collected = collectInPieces(rows, 4);
    expect(collected.ok).toBe(false);
    if (collected.ok) return;
    expect(collected.errors.map((e) => [e.code, e.path[1]])).toEqual([
      ["DATA_VALUE_UNKNOWN_UNIT", 5],
      ["DATA_VALUE_NEGATIVE", 4],
    ]);
  });
});
