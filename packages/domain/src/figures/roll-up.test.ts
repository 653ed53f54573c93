import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compare, type Rational, rational, toFractionString } from "../number/rational.js";
import { NEW, OLD } from "../unit/fixture.test-helper.js";
import { rollUp } from "./roll-up.js";

const v = (orgUnit: string, value: number, period?: string) => ({ orgUnit, value: rational(value), period });
const row = (r: ReturnType<typeof rollUp>, code: string) => {
  if (!r.ok) throw new Error(r.errors[0]?.message);
  const found = r.value.rows.find((x) => x.code === code);
  return found && { ...found, value: found.value && toFractionString(found.value) };
};

describe("rollUp", () => {
  const values = [v("20001", 4), v("20002", 6), v("20003", 1), v("20006", 9)];

  it("sums to every ancestor, counting who reported and listing who is missing", () => {
    const r = rollUp(values, OLD, { aggregation: "sum" });
    expect(row(r, "46")).toEqual({
      code: "46",
      level: 1,
      value: "11",
      reported: 3,
      expected: 6,
      // in Vietnamese order of the names: Đông Ba, Phú Vang, Vỹ Dạ
      missing: ["20004", "20007", "20005"],
    });
    expect(row(r, "478")).toMatchObject({ value: "10", reported: 2, expected: 3, missing: ["20007"] });
    expect(row(r, "48")).toMatchObject({ value: "9", reported: 1, missing: [] });
  });

  it("averages exactly over the units that reported; min, max and count_if", () => {
    expect(row(rollUp(values, OLD, { aggregation: "average", toLevel: 1 }), "46")?.value).toBe("11/3");
    expect(row(rollUp(values, OLD, { aggregation: "min", toAncestor: "46" }), "46")?.value).toBe("1");
    expect(row(rollUp(values, OLD, { aggregation: "max", toAncestor: "46" }), "46")?.value).toBe("6");
    const atLeast4 = (x: Rational) => compare(x, rational(4)) >= 0;
    expect(row(rollUp(values, OLD, { aggregation: "count_if", predicate: atLeast4 }), "46")?.value).toBe("2");
  });

  it("takes each unit's last value in the period, then sums across units", () => {
    const stock = [
      v("20001", 4, "2024-01"),
      v("20001", 7, "2024-03"),
      v("20001", 5, "2024-02"),
      v("20002", 1, "2024-03"),
    ];
    expect(row(rollUp(stock, OLD, { aggregation: "last", toAncestor: "478" }), "478")?.value).toBe("8");
  });

  it("never shows a zero for a unit nobody reported under, and honours the expected list", () => {
    const r = rollUp([v("20006", 2)], OLD, { aggregation: "sum", expectedReporters: ["20006", "20001"] });
    expect(row(r, "46")).toMatchObject({ value: undefined, reported: 0, expected: 1, missing: ["20001"] });
  });

  it("reports values it could not use and rejects impossible requests", () => {
    const r = rollUp([v("99999", 1), v("478", 3)], OLD, { aggregation: "sum" });
    expect(r.ok && r.value.ignored.map((x) => x.orgUnit)).toEqual(["99999", "478"]);
    const noDistricts = rollUp([], NEW, { aggregation: "sum", toLevel: 2 });
    expect(!noDistricts.ok && noDistricts.errors[0]?.code).toBe("LEVEL_NOT_IN_EDITION");
    const noPredicate = rollUp([], OLD, { aggregation: "count_if" });
    expect(!noPredicate.ok && noPredicate.errors[0]?.code).toBe("ROLLUP_PREDICATE_MISSING");
  });

  it("property: a province's sum equals the sum of its districts' sums; reported + missing = expected", () => {
    const communes = OLD.units.filter((x) => x.level === 3).map((x) => x.code);
    const arb = fc.array(
      fc.record({ orgUnit: fc.constantFrom(...communes), value: fc.integer({ min: -50, max: 500 }) }),
    );
    fc.assert(
      fc.property(arb, (raw) => {
        const r = rollUp(
          raw.map((x) => v(x.orgUnit, x.value)),
          OLD,
          { aggregation: "sum" },
        );
        if (!r.ok) return false;
        const get = (c: string) => r.value.rows.find((x) => x.code === c);
        const n = (x: Rational | undefined) => (x ? Number(x.num) : 0);
        const all = r.value.rows.every((x) => x.reported + x.missing.length === x.expected);
        return all && n(get("46")?.value) === n(get("474")?.value) + n(get("478")?.value);
      }),
    );
  });
});
