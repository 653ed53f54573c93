import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { targetSignature } from "./target-signature.js";

/**
 * Every row of SEED-TARGETS.md (64, ids as in the checklist) with the kind and the numbers its quote
 * states, worked out from the quote by hand. The built-in catalogue must hold each with exactly these;
 * `npm run conformance` also compares the quotes with the checklist file itself.
 */
const ROWS: readonly (readonly [string, string])[] = [
  ["1001-a1", "change_vs_baseline decrease ≥ 30–40 so với 2011 đến 2020"],
  ["1001-a2", "reach_by 68,98 (2011) → 85 đến 2020"],
  ["1001-a3", "threshold ≥ 100 đến 2020"],
  ["1001-b1", "threshold ≥ 100 đến 2020"],
  ["1001-b2", "threshold ≥ 90 đến 2020"],
  ["1001-b3", "threshold ≥ 100 đến 2020"],
  ["1001-b4", "change_vs_baseline decrease ≥ 10–15 so với 2011 đến 2020"],
  ["1001-c1", "qualitative"],
  ["1001-c2", "zero_occurrences"],
  ["1001-c3", "zero_occurrences"],
  ["1001-d1", "qualitative"],
  ["1001-d2", "zero_occurrences"],
  ["424ct-1", "all_of [threshold ≥ 100 + threshold ≥ 100 + threshold ≥ 100 + threshold ≥ 100]"],
  ["424ct-2a", "change_vs_previous increase > 5"],
  ["424ct-2b", "zero_occurrences"],
  ["424ct-2c", "range 5–10"],
  ["424ct-2d", "threshold ≥ 100"],
  ["424ct-3a", "qualitative đến 2020"],
  ["424ct-3b", "threshold > 1"],
  ["424ct-3c", "change_vs_previous decrease > 1"],
  ["424ct-3d", "threshold > 20 đến 2020"],
  ["424ct-3e", "per_unit ≥ 1 mỗi đơn vị cấp 2"],
  ["424ct-4a", "threshold ≥ 80"],
  ["424ct-4b", "threshold ≥ 90"],
  ["424ct-p1a", "threshold ≥ 100"],
  ["424ct-p1b", "threshold ≥ 100"],
  ["424ct-p1c", "threshold ≥ 100"],
  ["424ct-p1d", "threshold ≥ 80"],
  ["424ct-p2a", "threshold ≥ 100"],
  ["424ct-p2b", "all_of [count_range 2–3 + count_range 1–2]"],
  ["424ct-p4a", "zero_occurrences"],
  ["424ct-p4b", "threshold ≥ 20 đến 2020"],
  ["424ct-p4c", "change_vs_previous decrease > 1"],
  ["424ct-p4d", "zero_occurrences"],
  ["424ct-l1", "all_of [threshold ≥ 100 + threshold ≥ 80] đến 2020"],
  ["424ct-l2", "threshold ≥ 90 đến 2020"],
  ["424ct-l3", "threshold ≥ 100 đến 2020"],
  ["424ct-l4", "all_of [threshold ≥ 80 + threshold ≥ 90] đến 2020"],
  ["424ct-l5", "reach_by 60 (2015) → 80 đến 2020"],
  ["424ct-l6", "reach_by 25 (2015) → 60 đến 2020"],
  ["424ct-l7", "reach_by 9,9 (2015) → 50 đến 2020"],
  ["424ct-l8", "threshold ≥ 1 đến 2020"],
  ["424ct-t1", "milestones 75 (2018), 100 (2020)"],
  ["424ct-t2", "all_of [threshold ≥ 30 + threshold ≥ 50] đến 2020"],
  ["424ct-t3", "threshold ≥ 70 đến 2020"],
  ["424ct-t4", "threshold ≥ 100"],
  ["424ct-v1", "threshold ≥ 100 đến 2020"],
  ["424ct-v2", "threshold ≥ 100 đến 2020"],
  ["424ct-g1", "threshold ≥ 100"],
  ["424ct-g2", "threshold ≥ 100"],
  ["424ct-w1", "threshold ≥ 70 đến 2020"],
  ["424ct-w2", "threshold ≥ 80"],
  ["424nat-1", "all_of [threshold ≥ 100 + threshold ≥ 100 + threshold ≥ 100 + threshold ≥ 100]"],
  ["424nat-2", "change_vs_previous increase > 5"],
  ["424nat-3", "all_of [zero_occurrences + range 5–10]"],
  ["424nat-4", "share_within_lag ≥ 100 trong 12 tháng"],
  ["424nat-5", "all_of [change_vs_previous decrease > 0 + threshold ≥ 100]"],
  ["424nat-6a", "qualitative"],
  ["424nat-6", "threshold > 1"],
  ["424nat-6c", "change_vs_previous decrease > 1"],
  ["424nat-6d", "threshold > 20 đến 2020"],
  ["424nat-6e", "per_unit ≥ 1 mỗi đơn vị cấp 2"],
  ["424nat-7a", "threshold ≥ 80"],
  ["424nat-7b", "threshold ≥ 90"],
];

describe("every SEED-TARGETS row is a target of the built-in catalogue", () => {
  it("all 64 rows", () => {
    expect(ROWS).toHaveLength(64);
  });

  it.each(ROWS)("%s: %s", (id, signature) => {
    const target = builtinCatalog().targets.find((t) => t.id === id);
    expect(target, id).toBeDefined();
    if (target) expect(targetSignature(target)).toBe(signature);
  });

  it("a changed number is caught: the signature reads the catalogue's values", () => {
    const target = builtinCatalog().targets.find((t) => t.id === "424ct-2c");
    expect(target && targetSignature({ ...target, kind: "range", min: 6, max: 10 } as typeof target)).toBe(
      "range 6–10",
    );
  });
});
