import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { MAPPING, NEW, OLD } from "./fixture.test-helper.js";
import { identityMapping, type RemapOptions, remapValues, remapValuesExact } from "./remap-values.js";
import { remapValuesFast } from "./remap-values-fast.js";

const ELEMENTS: readonly DataElement[] = [
  { id: "nguoi_nghien", name: "Số người nghiện", valueType: "count", aggregation: "sum", categories: [] },
  { id: "dien_tich", name: "Diện tích", valueType: "area_ha", aggregation: "sum", categories: [] },
  { id: "kinh_phi", name: "Kinh phí", valueType: "money_vnd", aggregation: "sum", categories: [] },
];
const NEAR_2_53 = Number.MAX_SAFE_INTEGER;
const UNITS = ["20001", "20002", "20003", "20004", "20005", "20006", "20007", "46", "48", "478", "99999"];

const value = fc.oneof(
  { weight: 20, arbitrary: fc.nat(5000) },
  { weight: 2, arbitrary: fc.integer({ min: NEAR_2_53 - 3000, max: NEAR_2_53 }) },
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 99999 }).map((n) => n / 100) },
  { weight: 3, arbitrary: fc.constantFrom("0,25", "1.234", "12", "7/3", "2.000.000", "12,5 triệu") },
  { weight: 1, arbitrary: fc.constantFrom(-1, true, "abc", 1e300) },
);
const row = fc.record(
  {
    dataElement: fc.constantFrom("nguoi_nghien", "dien_tich", "kinh_phi"),
    period: fc.constantFrom("2024", "2024S1", "2023", "2023S2"),
    orgUnit: fc.constantFrom(...UNITS),
    categoryOptionCombo: fc.constantFrom("", "nam", "nu"),
    value,
  },
  { requiredKeys: ["dataElement", "period", "orgUnit", "value"] },
);
const rows = (dups: boolean) =>
  dups
    ? fc.array(row, { maxLength: 60 })
    : fc.uniqueArray(row, {
        maxLength: 60,
        selector: (r) => `${r.dataElement}|${r.period}|${r.orgUnit}|${r.categoryOptionCombo ?? ""}`,
      });
const options = fc.record({
  dataElements: fc.constantFrom(undefined, ELEMENTS),
  fromEdition: fc.constantFrom(undefined, OLD),
  toEdition: fc.constantFrom(undefined, NEW),
  weights: fc.constantFrom(undefined, [
    { from: "20005", to: "30001", weight: "1/3" },
    { from: "20005", to: "30002", weight: "2/3" },
  ]),
  removedTargets: fc.constantFrom(undefined, new Set(["30001"])),
});

/** Both paths' answers, as JSON too: the same values in the same order with the same field order. */
function expectSame(values: readonly DataValue[], o: RemapOptions, mapping = MAPPING): void {
  const exact = remapValuesExact(values, mapping, o);
  const chosen = remapValues(values, mapping, o);
  expect(chosen).toEqual(exact);
  expect(JSON.stringify(chosen)).toBe(JSON.stringify(exact));
}

describe("remapValues' fast path", () => {
  it("gives exactly what the Rational path gives, on generated data with decimals and values near 2^53", () => {
    let runs = 0;
    let fastAnswers = 0;
    fc.assert(
      fc.property(fc.boolean(), options, (dups, o) => {
        fc.assert(
          fc.property(rows(dups), (values) => {
            const stripped = strip(o);
            runs++;
            if (!o.weights && remapValuesFast(values, MAPPING, stripped, new Map())) fastAnswers++;
            expectSame(values, stripped);
          }),
          { numRuns: 5 },
        );
      }),
      { numRuns: 60 },
    );
    // The comparison is worth something only if the fast path answered for a fair share of the data.
    expect(fastAnswers).toBeGreaterThan(runs / 10);
  });

  it("answers on valid whole and decimal values (so the property above compares two paths)", () => {
    const values: DataValue[] = [
      { dataElement: "nguoi_nghien", period: "2024", orgUnit: "20001", value: 4 },
      { dataElement: "nguoi_nghien", period: "2024", orgUnit: "20002", value: "6" },
      { dataElement: "dien_tich", period: "2024", orgUnit: "20001", value: 0.1 },
      { dataElement: "dien_tich", period: "2024", orgUnit: "20002", value: 0.25 },
      { dataElement: "dien_tich", period: "2024", orgUnit: "20005", value: "1,5", categoryOptionCombo: "x" },
    ];
    const o = { dataElements: ELEMENTS, fromEdition: OLD, toEdition: NEW };
    const fast = remapValuesFast(values, MAPPING, o, new Map());
    expect(fast?.dataValues.map((v) => [v.dataElement, v.orgUnit, v.value])).toEqual([
      ["dien_tich", "30001", "7/20"],
      ["nguoi_nghien", "30001", "10"],
    ]);
    expect(fast?.unallocated.map((v) => v.reason)).toEqual(["SPLIT_WITHOUT_WEIGHTS"]);
    expectSame(values, o);
  });

  it("declines a sum past 2^53 − 1, which the exact path then adds with bigints", () => {
    const values: DataValue[] = [
      { dataElement: "nguoi_nghien", period: "2024", orgUnit: "20001", value: NEAR_2_53 },
      { dataElement: "nguoi_nghien", period: "2024", orgUnit: "20002", value: 1 },
    ];
    expect(remapValuesFast(values, MAPPING, {}, new Map())).toBeUndefined();
    const r = remapValues(values, MAPPING);
    expect(r.ok && r.value.dataValues[0]?.value).toBe("9007199254740992");
  });

  it("declines what it would have to refuse, so the errors are the exact path's", () => {
    const dv = (orgUnit: string, v: DataValue["value"]): DataValue => ({
      dataElement: "nguoi_nghien",
      period: "2024",
      orgUnit,
      value: v,
    });
    for (const bad of [[dv("20001", 5), dv("20001", 7)], [dv("20001", -1)], [dv("99999", 1)]]) {
      expect(remapValuesFast(bad, MAPPING, { fromEdition: OLD }, new Map())).toBeUndefined();
      expectSame(bad, { fromEdition: OLD });
    }
  });

  it("remapping within one edition stays the identity on the fast path", () => {
    const values: DataValue[] = [
      { dataElement: "nguoi_nghien", period: "2024", orgUnit: "20003", value: 3 },
      { dataElement: "nguoi_nghien", period: "2024", orgUnit: "20001", value: 2.5 },
    ];
    const identity = identityMapping(OLD);
    expect(remapValuesFast(values, identity, { fromEdition: OLD }, new Map())).toBeDefined();
    expectSame(values, { fromEdition: OLD }, identity);
  });
});

/** fast-check records hold `undefined` fields; the options object omits them, as callers do. */
function strip(o: Record<string, unknown>): RemapOptions {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as RemapOptions;
}
