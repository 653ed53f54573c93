import type { TargetUnitScope } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { evaluateRow, type RowCase } from "../../test-support.js";

const Y = "2019";

/** Two district-level units of Thừa Thiên Huế (Phú Vang, Hương Trà), enough for the per-unit row. */
const scope: TargetUnitScope = {
  unitsAtLevel: (code, level) => (code === "46" && level === 2 ? ["478", "480"] : []),
  nameOf: (code) => ({ "478": "Huyện Phú Vang", "480": "Thị xã Hương Trà" })[code],
};

/** The national programme's rows (quoted from seed 000), judged for Thừa Thiên Huế (46). */
const CASES: ReadonlyArray<readonly [string, string, RowCase]> = [
  [
    "424nat-1",
    "every commune, school and zone reached → đạt",
    {
      period: Y,
      figures: {
        [Y]: {
          communes_total: 145,
          communes_propaganda: 145,
          schools_total: 500,
          schools_propaganda: 500,
          industrial_zones_total: 6,
          industrial_zones_propaganda: 6,
          export_zones_total: 1,
          export_zones_propaganda: 1,
        },
      },
      verdict: "achieved",
    },
  ],
  [
    "424nat-2",
    "100 → 106 serious cases (+6%) → đạt",
    {
      period: Y,
      figures: { 2018: { serious_cases_detected: 100 }, [Y]: { serious_cases_detected: 106 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-2",
    "100 → 104 (+4%) → không đạt",
    {
      period: Y,
      figures: { 2018: { serious_cases_detected: 100 }, [Y]: { serious_cases_detected: 104 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424nat-3",
    "no new den and 8 of 100 eliminated → đạt",
    {
      period: Y,
      figures: { [Y]: { hotspots_new: 0, hotspots_at_start: 100, hotspots_eliminated: 8 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-3",
    "one new den → không đạt",
    {
      period: Y,
      figures: { [Y]: { hotspots_new: 1, hotspots_at_start: 100, hotspots_eliminated: 8 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424nat-4",
    "2019 offences all handled, judged once the year's lag has passed → đạt",
    {
      period: Y,
      asOf: "2021-01-15",
      figures: { [Y]: { production_offences: 3, production_offences_handled_1y: 3 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-4",
    "before the 1-year lag has passed → chưa đến hạn",
    {
      period: Y,
      asOf: "2020-06-30",
      figures: { [Y]: { production_offences: 3, production_offences_handled_1y: 3 } },
      verdict: "not_yet_due",
    },
  ],
  [
    "424nat-5",
    "area found 12 → 9 ha, all destroyed → đạt",
    {
      period: Y,
      figures: {
        2018: { cultivation_area_detected_ha: 12 },
        [Y]: { cultivation_area_detected_ha: 9, cultivation_area_destroyed_ha: 9 },
      },
      verdict: "achieved",
    },
  ],
  [
    "424nat-5",
    "area unchanged → không đạt",
    {
      period: Y,
      figures: {
        2018: { cultivation_area_detected_ha: 9 },
        [Y]: { cultivation_area_detected_ha: 9, cultivation_area_destroyed_ha: 9 },
      },
      verdict: "not_achieved",
    },
  ],
  [
    "424nat-6",
    "12 of 1000 removed (1,2%) → đạt",
    {
      period: Y,
      figures: { 2018: { addicts_registered: 1000 }, [Y]: { addicts_removed: 12 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-6a",
    "qualitative, assessed with its justification → đạt",
    {
      period: Y,
      figures: {},
      assessments: [
        {
          targetId: "424nat-6a",
          orgUnit: "46",
          period: Y,
          verdict: "achieved",
          justification: "Số người nghiện mới giảm từ 210 xuống 180.",
        },
      ],
      verdict: "achieved",
    },
  ],
  [
    "424nat-6a",
    "qualitative, not assessed → chưa đủ dữ liệu, never skipped",
    { period: Y, figures: {}, verdict: "insufficient_data" },
  ],
  [
    "424nat-6c",
    "50 → 49 communes with drugs (−2%) → đạt",
    {
      period: Y,
      figures: { 2018: { communes_with_drugs: 50 }, [Y]: { communes_with_drugs: 49 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-6c",
    "200 → 198 (−1%, not more than 1%) → không đạt",
    {
      period: Y,
      figures: { 2018: { communes_with_drugs: 200 }, [Y]: { communes_with_drugs: 198 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424nat-6d",
    "5 of 20 key communes of 2015 downgraded by 2020 (25%) → đạt",
    {
      period: "2020",
      asOf: "2021-01-15",
      figures: { 2015: { key_communes: 20 }, 2020: { key_communes_downgraded: 5 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-6d",
    "judged for 2019, before its 2020 milestone → chưa đến hạn",
    {
      period: Y,
      figures: { 2015: { key_communes: 20 }, [Y]: { key_communes_downgraded: 1 } },
      verdict: "not_yet_due",
    },
  ],
  [
    "424nat-6e",
    "both district-level units built a model → đạt",
    {
      period: Y,
      unitScope: scope,
      figures: { [Y]: { "pilot_models_built@478": 1, "pilot_models_built@480": 1 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-6e",
    "one district-level unit built none → không đạt",
    {
      period: Y,
      unitScope: scope,
      figures: { [Y]: { "pilot_models_built@478": 1, "pilot_models_built@480": 0 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424nat-7a",
    "85 of 100 served → đạt",
    {
      period: Y,
      figures: { [Y]: { addicts_registered: 60, illegal_users_registered: 40, addicts_users_served: 85 } },
      verdict: "achieved",
    },
  ],
  [
    "424nat-7b",
    "2 of 3 facilities → không đạt",
    {
      period: Y,
      figures: { [Y]: { rehab_facilities_total: 3, rehab_facilities_standard: 2 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424nat-7b",
    "missing figures → chưa đủ dữ liệu",
    { period: Y, figures: {}, verdict: "insufficient_data" },
  ],
];

describe("the 2020 programme's targets evaluate to the verdict worked out by hand", () => {
  it.each(CASES)("%s: %s", (id, _label, row) => {
    const evaluation = evaluateRow(id, { ...row, orgUnit: "46" });
    expect(evaluation.verdict, evaluation.sentence).toBe(row.verdict);
  });
});
