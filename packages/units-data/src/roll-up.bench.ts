import { add, descendantsAtLevel, type Rational, rational, rollUp, ZERO } from "@pctm/domain";
import { bench, describe } from "vitest";
import { packagedEdition } from "./packaged.js";

// Roll-up of every commune of the three-level list (10,599) to all districts and provinces, against a
// naive reference in the same run: a Map of parent links walked per value, no gap accounting.
const edition = packagedEdition("vn-2023-04-08");
const communes = descendantsAtLevel(edition, undefined, 3);
const values = communes
  .filter((_, i) => i % 50 !== 0)
  .map((u, i) => ({ orgUnit: u.code, value: rational((i % 97) + 1) }));
const parentOf = new Map(edition.units.map((u) => [u.code, u.parentCode]));

function naive(): Map<string, Rational> {
  const totals = new Map<string, Rational>();
  for (const v of values) {
    let p = parentOf.get(v.orgUnit) ?? null;
    while (p !== null) {
      totals.set(p, add(totals.get(p) ?? ZERO, v.value));
      p = parentOf.get(p) ?? null;
    }
  }
  return totals;
}

describe(`roll-up of ${values.length} commune values to all ancestors`, () => {
  bench("reference: naive Map walk (sums only)", () => {
    naive();
  });
  bench("rollUp sum (with reported/expected/missing)", () => {
    rollUp(values, edition, { aggregation: "sum" });
  });
  bench("rollUp average", () => {
    rollUp(values, edition, { aggregation: "average" });
  });
});
