import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import { rational } from "../number/rational.js";
import { unwrap } from "../result/result.js";
import { children } from "../unit/query-hierarchy.js";
import { ISLAND_DISTRICT_EDITION } from "../unit/test-support.js";
import { consolidateFigures } from "./consolidate-figures.js";
import { createDataContext } from "./create-data-context.js";

// A province with a district of two communes and an island district without communes (as Lý Sơn).
const edition = ISLAND_DISTRICT_EDITION;
const addicts: DataElement = {
  id: "addicts_registered",
  name: "Số người nghiện ma túy có hồ sơ quản lý",
  valueType: "count",
  aggregation: "last",
  unitLabel: "người",
  categories: [],
};

function consolidate(values: { orgUnit: string; value: number }[]) {
  const context = unwrap(
    createDataContext({
      dataElements: [addicts],
      dataValues: values.map((v) => ({ dataElement: addicts.id, period: "2023", ...v })),
      children: (code) => children(edition, code).map((u) => u.code),
    }),
  );
  return consolidateFigures({ context, edition, unitCode: "51", dataElements: [addicts], periods: ["2023"] });
}

describe("consolidateFigures with a district that has no communes", () => {
  it("adds the district's own figure to the province's total and counts it as a reporter", () => {
    const figures = consolidate([
      { orgUnit: "21001", value: 40 },
      { orgUnit: "21002", value: 25 },
      { orgUnit: "536", value: 3 },
    ]);
    expect(figures.value(addicts.id, "51", "2023")).toEqual(rational(68));
    expect(figures.coverage(addicts.id, "51", "2023")).toMatchObject({ reported: 3, expected: 3 });
    expect(figures.silentUnits).toEqual([]);
  });

  it("lists it as missing, never as a zero, when it sends nothing", () => {
    const figures = consolidate([
      { orgUnit: "21001", value: 40 },
      { orgUnit: "21002", value: 25 },
    ]);
    expect(figures.value(addicts.id, "51", "2023")).toEqual(rational(65));
    expect(figures.coverage(addicts.id, "51", "2023")).toMatchObject({
      reported: 2,
      expected: 3,
      missing: ["536"],
    });
    expect(figures.silentUnits).toEqual(["536"]);
  });
});
