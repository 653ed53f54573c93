import { describe, expect, it } from "vitest";
import { evaluateRow, type RowCase } from "../../test-support.js";

const Y2020 = "2020";

/** One case or more per SEED-TARGETS row of seed 001; the verdict follows from the figures by hand. */
const CASES: ReadonlyArray<readonly [string, string, RowCase]> = [
  // 1000 → 650 addicts is a 35% fall: within "ít nhất từ 30% đến 40%"
  [
    "1001-a1",
    "35% fewer addicts than 2011 → đạt",
    {
      period: Y2020,
      figures: { 2011: { addicts_registered: 1000 }, 2020: { addicts_registered: 650 } },
      verdict: "achieved",
    },
  ],
  [
    "1001-a1",
    "20% fewer → không đạt",
    {
      period: Y2020,
      figures: { 2011: { addicts_registered: 1000 }, 2020: { addicts_registered: 800 } },
      verdict: "not_achieved",
    },
  ],
  [
    "1001-a1",
    "45% fewer → vượt",
    {
      period: Y2020,
      figures: { 2011: { addicts_registered: 1000 }, 2020: { addicts_registered: 550 } },
      verdict: "exceeded",
    },
  ],
  // 170 of 200 communes = 85% exactly
  [
    "1001-a2",
    "85% drug-free communes in 2020 → đạt",
    {
      period: Y2020,
      figures: { 2020: { communes_total: 200, communes_drug_free: 170 } },
      verdict: "achieved",
    },
  ],
  [
    "1001-a2",
    "84% in 2020 → không đạt",
    {
      period: Y2020,
      figures: { 2020: { communes_total: 200, communes_drug_free: 168 } },
      verdict: "not_achieved",
    },
  ],
  [
    "1001-a3",
    "all 40 organisations drug-free → đạt",
    {
      period: Y2020,
      figures: { 2020: { organizations_total: 40, organizations_drug_free: 40 } },
      verdict: "achieved",
    },
  ],
  [
    "1001-a3",
    "39 of 40 → không đạt",
    {
      period: Y2020,
      figures: { 2020: { organizations_total: 40, organizations_drug_free: 39 } },
      verdict: "not_achieved",
    },
  ],
  [
    "1001-b1",
    "every known addict registered → đạt",
    {
      period: Y2020,
      figures: { 2020: { addicts_estimated: 500, addicts_registered: 500 } },
      verdict: "achieved",
    },
  ],
  [
    "1001-b2",
    "90 of 100 treated and trained → đạt",
    {
      period: Y2020,
      figures: { 2020: { addicts_registered: 100, addicts_treated_vocational: 90 } },
      verdict: "achieved",
    },
  ],
  [
    "1001-b2",
    "90 treated of 120 estimated, with the estimated denominator chosen → không đạt",
    {
      period: Y2020,
      figures: { 2020: { addicts_registered: 100, addicts_estimated: 120, addicts_treated_vocational: 90 } },
      settings: { denominator: "addicts_estimated" },
      verdict: "not_achieved",
    },
  ],
  [
    "1001-b3",
    "12 of 12 detainees in rehab → đạt",
    {
      period: Y2020,
      figures: { 2020: { detainee_addicts: 12, detainee_addicts_rehab: 12 } },
      verdict: "achieved",
    },
  ],
  // relapse 40% (2011) → 35% (2020): a relative fall of 12,5% (within 10–15), but only 5 points
  [
    "1001-b4",
    "relapse 40% → 35%, read relatively (−12,5%) → đạt",
    {
      period: Y2020,
      figures: { 2011: { rehab_completed: 100, relapsed: 40 }, 2020: { rehab_completed: 100, relapsed: 35 } },
      verdict: "achieved",
    },
  ],
  [
    "1001-b4",
    "the same read in percentage points (−5 points) → không đạt",
    {
      period: Y2020,
      figures: { 2011: { rehab_completed: 100, relapsed: 40 }, 2020: { rehab_completed: 100, relapsed: 35 } },
      settings: { changeMode: "points" },
      verdict: "not_achieved",
    },
  ],
  [
    "1001-c1",
    "qualitative: judged from an assessment",
    {
      period: Y2020,
      figures: {},
      assessments: [
        {
          targetId: "1001-c1",
          orgUnit: "92",
          period: Y2020,
          verdict: "achieved",
          justification: "Không phát hiện vụ ma túy từ Campuchia thẩm lậu vào nội địa.",
        },
      ],
      verdict: "achieved",
    },
  ],
  [
    "1001-c1",
    "qualitative without an assessment → chưa đủ dữ liệu",
    { period: Y2020, figures: {}, verdict: "insufficient_data" },
  ],
  [
    "1001-c2",
    "no ring formed → đạt",
    { period: Y2020, figures: { 2020: { drug_rings_formed: 0 } }, verdict: "achieved" },
  ],
  [
    "1001-c2",
    "one ring formed → không đạt",
    { period: Y2020, figures: { 2020: { drug_rings_formed: 1 } }, verdict: "not_achieved" },
  ],
  [
    "1001-c3",
    "no cultivation → đạt",
    { period: Y2020, figures: { 2020: { cultivation_incidents: 0 } }, verdict: "achieved" },
  ],
  [
    "1001-d1",
    "qualitative: not achieved when assessed so",
    {
      period: Y2020,
      figures: {},
      assessments: [
        {
          targetId: "1001-d1",
          orgUnit: "92",
          period: Y2020,
          verdict: "not_achieved",
          justification: "Phát hiện thất thoát tiền chất tại một doanh nghiệp.",
        },
      ],
      verdict: "not_achieved",
    },
  ],
  [
    "1001-d2",
    "two illicit production cases → không đạt",
    { period: Y2020, figures: { 2020: { illicit_production_cases: 2 } }, verdict: "not_achieved" },
  ],
  [
    "1001-a3",
    "a 2018 figure is before the 2020 due year → chưa đến hạn",
    {
      period: "2018",
      figures: { 2018: { organizations_total: 40, organizations_drug_free: 40 } },
      verdict: "not_yet_due",
    },
  ],
];

describe("seed 001 targets evaluate to the verdict worked out by hand", () => {
  it.each(CASES)("%s: %s", (id, _label, row) => {
    const evaluation = evaluateRow(id, row);
    expect(evaluation.verdict, evaluation.sentence).toBe(row.verdict);
  });
});
