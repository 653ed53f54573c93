import { describe, expect, it } from "vitest";
import { evaluateRow, type RowCase } from "../../test-support.js";

const Y = "2025";

const CASES: ReadonlyArray<readonly [string, string, RowCase]> = [
  [
    "2030-1",
    "addicts and users 1000 → 990 → đạt",
    {
      period: Y,
      figures: {
        2024: { addicts_registered: 700, illegal_users_registered: 300 },
        [Y]: { addicts_registered: 690, illegal_users_registered: 300 },
      },
      verdict: "achieved",
    },
  ],
  [
    "2030-1",
    "no fall → không đạt",
    {
      period: Y,
      figures: {
        2024: { addicts_registered: 700, illegal_users_registered: 300 },
        [Y]: { addicts_registered: 700, illegal_users_registered: 300 },
      },
      verdict: "not_achieved",
    },
  ],
  [
    "2030-2",
    "2030: 52 of 100 communes drug-free → đạt",
    {
      period: "2030",
      asOf: "2031-01-10",
      figures: { 2030: { communes_total: 100, communes_drug_free: 52 } },
      verdict: "achieved",
    },
  ],
  [
    "2030-2",
    "2025 is before 2030 → chưa đến hạn",
    { period: Y, figures: { [Y]: { communes_total: 100, communes_drug_free: 30 } }, verdict: "not_yet_due" },
  ],
  [
    "2030-3",
    "all 20 spots resolved → đạt",
    {
      period: Y,
      figures: { [Y]: { hotspots_at_start: 15, hotspots_new: 5, hotspots_eliminated: 20 } },
      verdict: "achieved",
    },
  ],
  [
    "2030-4",
    "half the area destroyed → không đạt",
    {
      period: Y,
      figures: { [Y]: { cultivation_area_detected_ha: 2, cultivation_area_destroyed_ha: 1 } },
      verdict: "not_achieved",
    },
  ],
  [
    "2030-5",
    "exactly 80% equipped is not 'trên 80%' → không đạt",
    {
      period: "2030",
      asOf: "2031-01-10",
      figures: { 2030: { border_units_total: 10, border_units_equipped: 8 } },
      verdict: "not_achieved",
    },
  ],
  [
    "2030-6",
    "+4%, +4%, +6% → đạt",
    {
      period: Y,
      figures: {
        2024: {
          "drug_cases_detected.bien_gioi_dat_lien_bien_hang_khong_chuyen_phat": 100,
          "drug_cases_detected.xuyen_quoc_gia_co_to_chuc": 50,
          "drug_cases_detected.khong_gian_mang": 50,
        },
        [Y]: {
          "drug_cases_detected.bien_gioi_dat_lien_bien_hang_khong_chuyen_phat": 104,
          "drug_cases_detected.xuyen_quoc_gia_co_to_chuc": 52,
          "drug_cases_detected.khong_gian_mang": 53,
        },
      },
      verdict: "achieved",
    },
  ],
  [
    "2030-7",
    "81% stations and all centres → đạt",
    {
      period: "2030",
      asOf: "2031-01-10",
      figures: {
        2030: {
          commune_health_stations_total: 100,
          commune_health_stations_qualified: 81,
          public_rehab_centres_total: 2,
          public_rehab_centres_qualified: 2,
        },
      },
      verdict: "achieved",
    },
  ],
];

describe("the 2030 programme's confirmed targets evaluate to the verdict worked out by hand", () => {
  it.each(CASES)("%s: %s", (id, _label, row) => {
    const evaluation = evaluateRow(id, row);
    expect(evaluation.verdict, evaluation.sentence).toBe(row.verdict);
  });
});
