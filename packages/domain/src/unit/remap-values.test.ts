import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { add, equals, parseFractionString, type Rational, ZERO } from "../number/rational.js";
import { MAPPING, NEW, OLD } from "./fixture.test-helper.js";
import { identityMapping, remapValues } from "./remap-values.js";

const dv = (orgUnit: string, value: DataValue["value"], period = "2024"): DataValue => ({
  dataElement: "nguoi_nghien",
  period,
  orgUnit,
  value,
});

describe("remapValues", () => {
  it("merges many-to-one exactly, with the lineage of each value", () => {
    const r = remapValues([dv("20001", 4), dv("20002", "6"), dv("20006", 9)], MAPPING);
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.dataValues).toEqual([
      {
        dataElement: "nguoi_nghien",
        period: "2024",
        orgUnit: "30001",
        value: "10",
        lineage: [
          { orgUnit: "20001", value: "4", share: "1" },
          { orgUnit: "20002", value: "6", share: "1" },
        ],
      },
      {
        dataElement: "nguoi_nghien",
        period: "2024",
        orgUnit: "30003",
        value: "9",
        lineage: [{ orgUnit: "20006", value: "9", share: "1" }],
      },
    ]);
    expect(r.value.unallocated).toEqual([]);
  });

  it("leaves a split without weights on the old unit, reported as unallocated", () => {
    const r = remapValues([dv("20005", 7), dv("478", 3)], MAPPING, {
      fromEdition: OLD,
      toEdition: NEW,
    });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.dataValues).toEqual([]);
    expect(r.value.unallocated.map((u) => [u.orgUnit, u.reason, u.candidates])).toEqual([
      ["20005", "SPLIT_WITHOUT_WEIGHTS", ["30002", "30001"]],
      ["478", "LEVEL_ABOLISHED", undefined],
    ]);
    // A unit of the old list the mapping does not name (without the editions: any code) stays put.
    const bare = remapValues([dv("123", 1)], MAPPING);
    expect(bare.ok && bare.value.unallocated.map((u) => u.reason)).toEqual(["UNIT_NOT_IN_MAPPING"]);
  });

  it("splits by the user's exact weights", () => {
    const weights = [
      { from: "20005", to: "30001", weight: "1/3" },
      { from: "20005", to: "30002", weight: "2/3" },
    ];
    const r = remapValues([dv("20005", 10)], MAPPING, { weights });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.dataValues.map((x) => [x.orgUnit, x.value, x.lineage[0]?.share])).toEqual([
      ["30001", "10/3", "1/3"],
      ["30002", "20/3", "2/3"],
    ]);
  });

  it("rejects weights that do not cover a split or do not sum to 1", () => {
    const short = remapValues([], MAPPING, { weights: [{ from: "20005", to: "30001", weight: "0,5" }] });
    expect(!short.ok && short.errors[0]?.code).toBe("WEIGHTS_NOT_COMPLETE");
    const wrongPair = remapValues([], MAPPING, { weights: [{ from: "20005", to: "30003", weight: 1 }] });
    expect(!wrongPair.ok && wrongPair.errors[0]?.code).toBe("WEIGHT_NOT_IN_MAPPING");
    const notNumber = remapValues([], MAPPING, {
      weights: [{ from: "20005", to: "30001", weight: "một nửa" }],
    });
    expect(!notNumber.ok && notNumber.errors[0]?.path).toEqual(["weights", 0, "weight"]);
  });

  it("a pair given twice is reported alone, naming its rows, not as a wrong sum of the rows kept", () => {
    const r = remapValues([], MAPPING, {
      weights: [
        { from: "20005", to: "30001", weight: "1/3" },
        { from: "20005", to: "30001", weight: 0 },
        { from: "20005", to: "30002", weight: "2/3" },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path])).toEqual([["WEIGHT_DUPLICATE", ["weights", 1]]]);
    expect(r.errors[0]?.message).toContain("20005 → 30001 khai 2 lần (dòng 1, 2)");
  });

  it("rejects the whole set when a row's period is not a period id, naming the line", () => {
    const r = remapValues(
      [dv("20001", 4), dv("20002", 6, "31/2/2020"), dv("20006", 1, "2020-02-30/2020-03-01")],
      MAPPING,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATA_VALUE_INVALID_PERIOD", "dataValues.1.period"],
      ["DATA_VALUE_INVALID_PERIOD", "dataValues.2.period"],
    ]);
    expect(r.errors[0]?.message).toMatch(/^Dòng 2: .*"31\/2\/2020"/);
    expect(r.errors[1]?.message).toMatch(/^Dòng 3: .*chỉ có 29 ngày/);
  });

  it("property: per old province, sum before = sum allocated (by lineage) + unallocated", () => {
    const communes = OLD.units.filter((u) => u.level === 3).map((u) => u.code);
    const provinceOf = (code: string) => (code === "20006" ? "48" : "46");
    const arbValues = fc.array(
      fc.record({
        orgUnit: fc.constantFrom(...communes, "99999"),
        value: fc.integer({ min: 0, max: 100000 }),
        period: fc.constantFrom("2023", "2024"),
      }),
    );
    const arbWeights = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });
    fc.assert(
      fc.property(arbValues, arbWeights, (generated, twelfths) => {
        let raw = generated;
        const weights =
          twelfths === undefined
            ? undefined
            : [
                { from: "20005", to: "30001", weight: `${twelfths}/12` },
                { from: "20005", to: "30002", weight: `${12 - twelfths}/12` },
              ];
        // One figure per unit and period: a second one would be refused (tested apart).
        const seen = new Set<string>();
        raw = raw.filter(
          (x) => !seen.has(`${x.orgUnit}/${x.period}`) && seen.add(`${x.orgUnit}/${x.period}`),
        );
        const r = remapValues(
          raw.map((x) => dv(x.orgUnit, x.value, x.period)),
          MAPPING,
          { weights },
        );
        if (!r.ok) return false;
        const totals = new Map<string, { before: Rational; after: Rational }>();
        const bump = (code: string, key: "before" | "after", x: Rational) => {
          const t = totals.get(provinceOf(code)) ?? { before: ZERO, after: ZERO };
          t[key] = add(t[key], x);
          totals.set(provinceOf(code), t);
        };
        for (const x of raw) bump(x.orgUnit, "before", { num: BigInt(x.value), den: 1n });
        for (const x of r.value.dataValues)
          for (const l of x.lineage) bump(l.orgUnit, "after", parseFractionString(l.value) ?? ZERO);
        for (const x of r.value.unallocated)
          bump(x.orgUnit, "after", parseFractionString(String(x.value)) ?? ZERO);
        const valuesAdd = r.value.dataValues.every((x) =>
          equals(
            parseFractionString(x.value) ?? ZERO,
            x.lineage.reduce((s, l) => add(s, parseFractionString(l.value) ?? ZERO), ZERO),
          ),
        );
        return (
          valuesAdd &&
          [...totals.values()].every((t) => t.before.num * t.after.den === t.after.num * t.before.den)
        );
      }),
    );
  });
});

describe("remapValues: new units the target list removed", () => {
  it("leaves what would land on a removed unit on its old unit, and conserves the total", () => {
    const weights = [
      { from: "20005", to: "30001", weight: "1/3" },
      { from: "20005", to: "30002", weight: "2/3" },
    ];
    const r = remapValues([dv("20005", 10), dv("20001", 4), dv("20006", 9)], MAPPING, {
      weights,
      removedTargets: new Set(["30001"]),
    });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.dataValues.map((x) => [x.orgUnit, x.value])).toEqual([
      ["30002", "20/3"],
      ["30003", "9"],
    ]);
    expect(r.value.unallocated.map((u) => [u.orgUnit, u.value, u.reason, u.candidates])).toEqual([
      ["20005", "10/3", "TARGET_UNIT_REMOVED", ["30001"]],
      ["20001", 4, "TARGET_UNIT_REMOVED", ["30001"]],
    ]);
    const total = [...r.value.dataValues, ...r.value.unallocated].reduce<Rational>(
      (sum, x) => add(sum, parseFractionString(String(x.value)) ?? ZERO),
      ZERO,
    );
    expect(equals(total, parseFractionString("23") ?? ZERO)).toBe(true);
  });
});

describe("remapValues refuses what it would otherwise sum or drop", () => {
  const ELEMENTS = [
    { id: "nguoi_nghien", name: "Số người nghiện", valueType: "count", aggregation: "sum", categories: [] },
  ] as const satisfies readonly DataElement[];

  it("a figure given twice is an error naming both rows, not added together (5 + 7 ≠ 12)", () => {
    const r = remapValues([dv("20001", 5), dv("20001", 7)], MAPPING);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATA_VALUE_DUPLICATE", "dataValues.1"],
    ]);
    expect(r.errors[0]?.message).toContain("đã có ở dòng 1");
  });

  it("a negative count, an unknown data element and an unknown unit are refused with the report's codes", () => {
    const rows = [
      dv("20001", -3),
      { ...dv("20002", 4), dataElement: "khong_co" },
      dv("99999", 1),
      dv("20003", "-2"),
    ];
    const r = remapValues(rows, MAPPING, { dataElements: ELEMENTS, fromEdition: OLD, toEdition: NEW });
    expect(!r.ok && r.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATA_VALUE_NEGATIVE", "dataValues.0.value"],
      ["DATA_VALUE_UNKNOWN_ELEMENT", "dataValues.1.dataElement"],
      ["DATA_VALUE_UNKNOWN_UNIT", "dataValues.2.orgUnit"],
      ["DATA_VALUE_NEGATIVE", "dataValues.3.value"],
    ]);
    // Without the elements a value is still a count or an amount: never below zero.
    const bare = remapValues([dv("20001", -3)], MAPPING);
    expect(!bare.ok && bare.errors[0]?.code).toBe("DATA_VALUE_NEGATIVE");
  });

  it("a JSON number beyond 2^53 is refused (it lost digits), a string of the same digits is exact", () => {
    const lost = remapValues([dv("20001", JSON.parse("123456789012345678901234567890") as number)], MAPPING);
    expect(!lost.ok && lost.errors[0]?.code).toBe("DATA_VALUE_IMPRECISE_NUMBER");
    expect(!lost.ok && lost.errors[0]?.message).toContain("dưới dạng chuỗi");
    const exact = remapValues([dv("20001", "123456789012345678901234567890")], MAPPING);
    expect(exact.ok && exact.value.dataValues[0]?.value).toBe("123456789012345678901234567890");
  });

  it("within one edition the identity mapping keeps every value on its unit", () => {
    const r = remapValues([dv("20001", 4), dv("478", 3)], identityMapping(OLD), {
      fromEdition: OLD,
      toEdition: OLD,
    });
    if (!r.ok) throw new Error(r.errors[0]?.message);
    expect(r.value.dataValues.map((x) => [x.orgUnit, x.value])).toEqual([
      ["20001", "4"],
      ["478", "3"],
    ]);
    expect(r.value.unallocated).toEqual([]);
  });

  it("arguments in the wrong order are a Result error, not a TypeError", () => {
    const swapped = remapValues(MAPPING as never, [dv("20001", 4)] as never);
    expect(!swapped.ok && swapped.errors[0]?.code).toBe("ARGUMENT_INVALID");
    const noMapping = remapValues([dv("20001", 4)], undefined as never);
    expect(!noMapping.ok && noMapping.errors[0]?.path).toEqual(["mapping"]);
  });
});
