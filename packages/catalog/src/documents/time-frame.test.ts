import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import { evaluateRow } from "../test-support.js";
import { STRIVE_READING } from "./time-frame.js";

/** Targets a "phấn đấu" / "hướng tới" governs from outside their quote (the clause's lead-in). */
const GOVERNED_FROM_THE_CLAUSE = [
  "424ct-3b",
  "424ct-3c",
  "424ct-3d",
  "424ct-3e",
  "424ct-p4c",
  "424ct-v1",
  "424ct-v2",
];
const STRIVE_WORDS = /phấn đấu|hướng tới|tiến tới/i;

describe("time frames are read one way, and each target says how", () => {
  const targets = builtinCatalog().targets;

  it("every target stated with phấn đấu, hướng tới or tiến tới says the one reading in its interpretation", () => {
    const stated = targets.filter(
      (t) => STRIVE_WORDS.test(t.source?.quote ?? "") || GOVERNED_FROM_THE_CLAUSE.includes(t.id),
    );
    expect(stated.map((t) => t.id).sort()).toEqual(
      ["1001-a2", "424ct-3a", "424ct-l1", "424ct-l2", "424ct-p4b", ...GOVERNED_FROM_THE_CLAUSE].sort(),
    );
    for (const t of stated)
      expect(t.interpretation, t.id).toMatch(new RegExp(`^${STRIVE_READING}; thời hạn: `));
  });

  it("with no time of its own, the target is due in the plan's last year, like the others", () => {
    for (const id of ["424ct-3a", "424ct-l1", "424ct-l2", "424ct-v1", "424ct-v2"]) {
      expect(targets.find((t) => t.id === id)?.duePeriod, id).toBe("2020");
    }
    const v1 = evaluateRow("424ct-v1", {
      period: "2019",
      figures: { 2019: { cultural_institutions_total: 10, cultural_institutions_active: 9 } },
    });
    expect(v1.verdict).toBe("not_yet_due");
  });

  it("424ct-t1 is held to the 2018 milestone in 2019, not to an interpolated 87,5%", () => {
    const t1 = targets.find((t) => t.id === "424ct-t1");
    expect(t1?.interpretation).toContain("không so với một giá trị nội suy");
    const in2019 = (materials: number) =>
      evaluateRow("424ct-t1", {
        period: "2019",
        figures: { 2019: { communes_total: 80, communes_materials: materials } },
      }).verdict;
    expect(in2019(64)).toBe("on_track"); // 80% ≥ 75%, below the 87,5% a straight line would ask
    expect(in2019(59)).toBe("behind_schedule"); // 73,75% < 75%
  });

  it("a target reached “từ … lên …” says that the years between follow the straight line", () => {
    for (const id of ["424ct-l5", "424ct-l6", "424ct-l7", "1001-a2"]) {
      expect(targets.find((t) => t.id === id)?.interpretation, id).toContain("đường thẳng");
    }
  });
});
