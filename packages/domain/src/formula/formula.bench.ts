import { bench, describe } from "vitest";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import { createDataContext } from "../figures/create-data-context.js";
import { compare, divide, HUNDRED, multiply, type Rational, rational } from "../number/rational.js";
import { evaluateFormula } from "./evaluate-formula.js";
import { parseFormula } from "./parse-formula.js";

/**
 * One formula over 10,000 units: the share of registered people treated, with the change against
 * the previous year, judged at ≥ 85%. Compared in the same run with plain-JS loops doing the same
 * lookups (float arithmetic; and exact Rational arithmetic written by hand).
 */
const UNITS = Array.from({ length: 10_000 }, (_, i) => `u${String(i).padStart(5, "0")}`);
const ELEMENTS: DataElement[] = ["treated", "registered"].map((id) => ({
  id,
  name: id,
  valueType: "count",
  aggregation: "sum",
  categories: [],
}));
const VALUES: DataValue[] = UNITS.flatMap((orgUnit, i) => [
  { dataElement: "registered", orgUnit, period: "2020", value: 100 + (i % 37) },
  { dataElement: "treated", orgUnit, period: "2020", value: 80 + (i % 23) },
  { dataElement: "treated", orgUnit, period: "2019", value: 75 + (i % 19) },
  { dataElement: "registered", orgUnit, period: "2019", value: 100 + (i % 31) },
]);
const built = createDataContext({ dataElements: ELEMENTS, dataValues: VALUES });
if (!built.ok) throw new Error("bench data");
const context = built.value;
const parsed = parseFormula(
  "if(#{registered} > 0, percent(#{treated}, #{registered}) - percent(#{treated}[previous], #{registered}[previous]), 0)",
);
if (!parsed.ok) throw new Error("bench formula");
const formula = parsed.value;

const plain = new Map<string, number>();
for (const v of VALUES)
  plain.set(`${v.dataElement}\u0000${v.orgUnit}\u0000${v.period}\u0000`, Number(v.value));
const exact = new Map<string, Rational>();
for (const v of VALUES)
  exact.set(`${v.dataElement}\u0000${v.orgUnit}\u0000${v.period}\u0000`, rational(Number(v.value)));
const key = (e: string, u: string, p: string) => `${e}\u0000${u}\u0000${p}\u0000`;
const EIGHTY_FIVE = rational(85);

describe("one formula over 10,000 units", () => {
  bench("evaluateFormula (AST, exact, with lineage)", () => {
    let met = 0;
    for (const unit of UNITS) {
      const outcome = evaluateFormula(formula, unit, "2020", context);
      if (
        outcome.status === "value" &&
        typeof outcome.value !== "boolean" &&
        compare(outcome.value, EIGHTY_FIVE) >= 0
      )
        met += 1;
    }
    if (met < 0) throw new Error("unreachable");
  });

  bench("reference: plain-JS loop, exact Rational by hand", () => {
    let met = 0;
    for (const unit of UNITS) {
      const reg = exact.get(key("registered", unit, "2020"));
      const tr = exact.get(key("treated", unit, "2020"));
      const trPrev = exact.get(key("treated", unit, "2019"));
      const regPrev = exact.get(key("registered", unit, "2019"));
      if (!reg || !tr || !trPrev || !regPrev) continue;
      const now = multiply(divide(tr, reg) as Rational, HUNDRED);
      const before = multiply(divide(trPrev, regPrev) as Rational, HUNDRED);
      const change = { num: now.num * before.den - before.num * now.den, den: now.den * before.den };
      if (compare(rational(change.num, change.den), EIGHTY_FIVE) >= 0) met += 1;
    }
    if (met < 0) throw new Error("unreachable");
  });

  bench("reference: plain-JS loop, floats", () => {
    let met = 0;
    for (const unit of UNITS) {
      const reg = plain.get(key("registered", unit, "2020"));
      const tr = plain.get(key("treated", unit, "2020"));
      const trPrev = plain.get(key("treated", unit, "2019"));
      const regPrev = plain.get(key("registered", unit, "2019"));
      if (reg === undefined || tr === undefined || trPrev === undefined || regPrev === undefined) continue;
      if ((tr / reg) * 100 - (trPrev / regPrev) * 100 >= 85) met += 1;
    }
    if (met < 0) throw new Error("unreachable");
  });
});
