import type { TargetUnitScope } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../../catalog/builtin-catalog.js";
import { evaluateRow, type RowCase } from "../../test-support.js";

const Y = "2019";
const Y2020 = "2020";
/** Cần Thơ (92) with two districts, for "mỗi quận, huyện …". */
const scope: TargetUnitScope = {
  unitsAtLevel: (code, level) => (code === "92" && level === 2 ? ["916", "917"] : []),
  nameOf: (code) => ({ "916": "Quận Ninh Kiều", "917": "Quận Ô Môn" })[code],
};

/** One case or more per SEED-TARGETS row of seed 002; the verdict follows from the figures by hand. */
const CASES: ReadonlyArray<readonly [string, string, RowCase]> = [
  [
    "424ct-1",
    "every commune, school and zone reached → đạt",
    {
      period: Y,
      figures: {
        [Y]: {
          communes_total: 83,
          communes_propaganda: 83,
          schools_total: 400,
          schools_propaganda: 400,
          industrial_zones_total: 8,
          industrial_zones_propaganda: 8,
          export_zones_total: 1,
          export_zones_propaganda: 1,
        },
      },
      verdict: "achieved",
    },
  ],
  [
    "424ct-1",
    "one school missed → không đạt",
    {
      period: Y,
      figures: {
        [Y]: {
          communes_total: 83,
          communes_propaganda: 83,
          schools_total: 400,
          schools_propaganda: 399,
          industrial_zones_total: 8,
          industrial_zones_propaganda: 8,
          export_zones_total: 1,
          export_zones_propaganda: 1,
        },
      },
      verdict: "not_achieved",
    },
  ],
  // 200 → 210 is exactly +5%: "tăng hơn 5%" needs more
  [
    "424ct-2a",
    "+5% exactly → không đạt (hơn = strictly)",
    {
      period: Y,
      figures: { 2018: { serious_cases_detected: 200 }, [Y]: { serious_cases_detected: 210 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-2a",
    "+5,5% → đạt",
    {
      period: Y,
      figures: { 2018: { serious_cases_detected: 200 }, [Y]: { serious_cases_detected: 211 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-2b",
    "no new hotspot → đạt",
    { period: Y, figures: { [Y]: { hotspots_new: 0 } }, verdict: "achieved" },
  ],
  [
    "424ct-2b",
    "two new hotspots → không đạt",
    { period: Y, figures: { [Y]: { hotspots_new: 2 } }, verdict: "not_achieved" },
  ],
  [
    "424ct-2c",
    "3 of 40 spots = 7,5% → đạt",
    { period: Y, figures: { [Y]: { hotspots_at_start: 40, hotspots_eliminated: 3 } }, verdict: "achieved" },
  ],
  [
    "424ct-2c",
    "1 of 40 = 2,5% → không đạt",
    {
      period: Y,
      figures: { [Y]: { hotspots_at_start: 40, hotspots_eliminated: 1 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-2c",
    "5 of 40 = 12,5% → vượt",
    { period: Y, figures: { [Y]: { hotspots_at_start: 40, hotspots_eliminated: 5 } }, verdict: "exceeded" },
  ],
  [
    "424ct-2d",
    "all cannabis found destroyed → đạt",
    {
      period: Y,
      figures: {
        [Y]: { "cultivation_area_detected_ha.can_sa": "0,5", "cultivation_area_destroyed_ha.can_sa": "0,5" },
      },
      verdict: "achieved",
    },
  ],
  [
    "424ct-2d",
    "0,4 of 0,5 ha → không đạt",
    {
      period: Y,
      figures: {
        [Y]: { "cultivation_area_detected_ha.can_sa": "0,5", "cultivation_area_destroyed_ha.can_sa": "0,4" },
      },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-3a",
    "qualitative, assessed for 2020 (its time frame: the plan's last year)",
    {
      period: Y2020,
      figures: {},
      assessments: [
        {
          targetId: "424ct-3a",
          orgUnit: "92",
          period: Y2020,
          verdict: "achieved",
          justification: "Số người nghiện mới giảm từ 120 xuống 95.",
        },
      ],
      verdict: "achieved",
    },
  ],
  // 30 of 2000 registered at the start of the year = 1,5%
  [
    "424ct-3b",
    "1,5% removed from the register → đạt",
    {
      period: Y,
      figures: { 2018: { addicts_registered: 2000 }, [Y]: { addicts_registered: 1900, addicts_removed: 30 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-3b",
    "exactly 1% (20 of 2000) → không đạt",
    {
      period: Y,
      figures: { 2018: { addicts_registered: 2000 }, [Y]: { addicts_registered: 1900, addicts_removed: 20 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-3b",
    "20 of 1900 at the year's end, with that denominator chosen → đạt (1,05%)",
    {
      period: Y,
      figures: { 2018: { addicts_registered: 2000 }, [Y]: { addicts_registered: 1900, addicts_removed: 20 } },
      settings: { denominator: "addicts_registered" },
      verdict: "achieved",
    },
  ],
  [
    "424ct-3c",
    "50 → 49 communes with drugs (−2%) → đạt",
    {
      period: Y,
      figures: { 2018: { communes_with_drugs: 50 }, [Y]: { communes_with_drugs: 49 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-3c",
    "50 → 50 → không đạt",
    {
      period: Y,
      figures: { 2018: { communes_with_drugs: 50 }, [Y]: { communes_with_drugs: 50 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-3d",
    "5 of 20 key communes of 2015 downgraded (25%) → đạt",
    {
      period: Y2020,
      figures: { 2015: { key_communes: 20 }, [Y2020]: { key_communes_downgraded: 5 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-3d",
    "4 of 20 = 20%, not more than 20% → không đạt",
    {
      period: Y2020,
      figures: { 2015: { key_communes: 20 }, [Y2020]: { key_communes_downgraded: 4 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-3e",
    "both districts built a model → đạt",
    {
      period: Y,
      unitScope: scope,
      figures: { [Y]: { "pilot_models_built@916": 1, "pilot_models_built@917": 2 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-4a",
    "80 of 100 registered addicts and users served → đạt",
    {
      period: Y,
      figures: { [Y]: { addicts_registered: 70, illegal_users_registered: 30, addicts_users_served: 80 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-4a",
    "79 of 100 → không đạt",
    {
      period: Y,
      figures: { [Y]: { addicts_registered: 70, illegal_users_registered: 30, addicts_users_served: 79 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-4b",
    "9 of 10 facilities meet the standards (default 90%) → đạt",
    {
      period: Y,
      figures: { [Y]: { rehab_facilities_total: 10, rehab_facilities_standard: 9 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-4b",
    "the same with the threshold set to 100% → không đạt",
    {
      period: Y,
      figures: { [Y]: { rehab_facilities_total: 10, rehab_facilities_standard: 9 } },
      settings: { value: 100 },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-p1a",
    "all 150 officers trained → đạt",
    {
      period: Y,
      figures: { [Y]: { specialised_officers_total: 150, specialised_officers_trained: 150 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p1b",
    "4 of 5 major cases reviewed → không đạt",
    { period: Y, figures: { [Y]: { major_cases: 5, major_cases_reviewed: 4 } }, verdict: "not_achieved" },
  ],
  [
    "424ct-p1c",
    "all 4 tried properly → đạt",
    {
      period: Y,
      figures: { [Y]: { major_cases: 5, major_cases_tried: 4, major_cases_tried_properly: 4 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p1c",
    "4 of all 5 major cases, with that denominator chosen → không đạt",
    {
      period: Y,
      figures: { [Y]: { major_cases: 5, major_cases_tried: 4, major_cases_tried_properly: 4 } },
      settings: { denominator: "major_cases" },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-p1d",
    "40 of 50 files decided (80%) → đạt",
    {
      period: Y,
      figures: { [Y]: { compulsory_rehab_files: 50, compulsory_rehab_files_decided: 40 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p2a",
    "6 of 6 key areas assessed → đạt",
    { period: Y, figures: { [Y]: { key_areas_total: 6, key_areas_assessed: 6 } }, verdict: "achieved" },
  ],
  [
    "424ct-p2b",
    "3 districts and 1 department inspected → đạt",
    {
      period: Y,
      figures: { [Y]: { districts_inspected: 3, departments_inspected: 1 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p2b",
    "1 district → không đạt",
    {
      period: Y,
      figures: { [Y]: { districts_inspected: 1, departments_inspected: 2 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-p4a",
    "no drug-free commune turned → đạt",
    { period: Y, figures: { [Y]: { communes_newly_affected: 0 } }, verdict: "achieved" },
  ],
  [
    "424ct-p4b",
    "10 of 50 communes with drugs in 2015 downgraded (20%) → đạt",
    {
      period: Y2020,
      figures: { 2015: { communes_with_drugs: 50 }, [Y2020]: { communes_downgraded: 10 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p4b",
    "10 of all 80 communes (12,5%), with that denominator chosen → không đạt",
    {
      period: Y2020,
      figures: {
        2015: { communes_with_drugs: 50 },
        [Y2020]: { communes_downgraded: 10, communes_total: 80 },
      },
      settings: { denominator: "communes_total" },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-p4c",
    "2000 → 1970 addicts (−1,5%) → đạt",
    {
      period: Y,
      figures: { 2018: { addicts_registered: 2000 }, [Y]: { addicts_registered: 1970 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p4d",
    "cultivation in one new locality → không đạt",
    { period: Y, figures: { [Y]: { cultivation_new_localities: 1 } }, verdict: "not_achieved" },
  ],
  [
    "424ct-l1",
    "100% officials and 80% adults → đạt",
    {
      period: Y2020,
      figures: {
        [Y2020]: { officials_total: 300, officials_aware: 300, adults_surveyed: 1000, adults_aware: 800 },
      },
      verdict: "achieved",
    },
  ],
  [
    "424ct-l1",
    "78% of adults → không đạt",
    {
      period: Y2020,
      figures: {
        [Y2020]: { officials_total: 300, officials_aware: 300, adults_surveyed: 1000, adults_aware: 780 },
      },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-l2",
    "45 of 50 staff trained (90%) → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { rehab_staff_total: 50, rehab_staff_trained: 45 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-l3",
    "19 of 20 counsellors certified → không đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { counsellors_total: 20, counsellors_certified: 19 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-l4",
    "capacity for 1600 of 2000 and 9 of 10 facilities → đạt",
    {
      period: Y2020,
      figures: {
        [Y2020]: {
          addicts_registered: 2000,
          rehab_capacity: 1600,
          rehab_facilities_total: 10,
          rehab_facilities_standard: 9,
        },
      },
      verdict: "achieved",
    },
  ],
  [
    "424ct-l5",
    "80% treated in 2020 → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { addicts_registered: 1000, addicts_treated: 800 } },
      verdict: "achieved",
    },
  ],
  // straight line 60% (2015) → 80% (2020): 72% expected in 2018
  [
    "424ct-l5",
    "73% in 2018, above the 72% trajectory → đúng tiến độ",
    {
      period: "2018",
      figures: { 2018: { addicts_registered: 1000, addicts_treated: 730 } },
      verdict: "on_track",
    },
  ],
  [
    "424ct-l5",
    "70% in 2018 → chậm tiến độ",
    {
      period: "2018",
      figures: { 2018: { addicts_registered: 1000, addicts_treated: 700 } },
      verdict: "behind_schedule",
    },
  ],
  [
    "424ct-l6",
    "55% trained in 2020 → không đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { addicts_registered: 1000, addicts_vocational: 550 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-l7",
    "150 of 300 post-rehab employed (50%) → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { post_rehab_managed: 300, addicts_reintegrated_employed: 150 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-l8",
    "one recovery model built → đạt",
    { period: Y2020, figures: { [Y2020]: { rehab_recovery_models: 1 } }, verdict: "achieved" },
  ],
  [
    "424ct-l8",
    "none built → không đạt",
    { period: Y2020, figures: { [Y2020]: { rehab_recovery_models: 0 } }, verdict: "not_achieved" },
  ],
  [
    "424ct-t1",
    "2018: 63 of 84 communes (75%) → đạt",
    {
      period: "2018",
      figures: { 2018: { communes_total: 84, communes_materials: 63 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-t1",
    "2020: 83 of 84 → không đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { communes_total: 84, communes_materials: 83 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-t2",
    "3 of 10 key communes and 42 of 84 communes → đạt",
    {
      period: Y2020,
      figures: {
        [Y2020]: {
          key_communes: 10,
          key_communes_intensive_model: 3,
          communes_total: 84,
          communes_integrated_model: 42,
        },
      },
      verdict: "achieved",
    },
  ],
  [
    "424ct-t3",
    "70% of residents reached → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { key_area_residents_total: 10000, key_area_residents_reached: 7000 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-t4",
    "all 25 reporters trained → đạt",
    { period: Y, figures: { [Y]: { reporters_total: 25, reporters_trained: 25 } }, verdict: "achieved" },
  ],
  [
    "424ct-v1",
    "all institutions active in 2020 → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { cultural_institutions_total: 90, cultural_institutions_active: 90 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-v2",
    "5 of 6 mobile teams in 2020 → không đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { mobile_teams_total: 6, mobile_teams_active: 5 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-g1",
    "all reached → đạt",
    {
      period: Y,
      figures: { [Y]: { school_people_complex_total: 5000, school_people_complex_reached: 5000 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-g2",
    "398 of 400 schools → không đạt",
    { period: Y, figures: { [Y]: { schools_total: 400, schools_drug_free: 398 } }, verdict: "not_achieved" },
  ],
  [
    "424ct-w1",
    "7000 of 10000 workers → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { iz_workers_total: 10000, iz_workers_aware: 7000 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-w2",
    "80 of 100 units → đạt",
    { period: Y, figures: { [Y]: { iz_units_total: 100, iz_units_safety_model: 80 } }, verdict: "achieved" },
  ],
  ["424ct-w2", "a year not over yet → chưa đến hạn", { period: "2026", figures: {}, verdict: "not_yet_due" }],
  // Seed 002's numbered targets once kept only as prose in the projects' objectives.
  [
    "424ct-l3b",
    "2020: 11 of 12 medical staff with full certificates → không đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { rehab_medical_staff_total: 12, rehab_medical_staff_certified: 11 } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-l9",
    "2020: all 5 facilities and points invested → đạt",
    {
      period: Y2020,
      figures: { [Y2020]: { rehab_sites_total: 5, rehab_sites_invested: 5 } },
      verdict: "achieved",
    },
  ],
  [
    "424ct-p4e",
    "all plants, not only cannabis: 2 ha found, 1,5 ha destroyed → không đạt",
    {
      period: Y,
      figures: { [Y]: { cultivation_area_detected_ha: 2, cultivation_area_destroyed_ha: "1,5" } },
      verdict: "not_achieved",
    },
  ],
  [
    "424ct-p2c",
    "qualitative, assessed → đạt",
    {
      period: Y,
      figures: {},
      assessments: [
        {
          targetId: "424ct-p2c",
          orgUnit: "92",
          period: Y,
          verdict: "achieved",
          justification: "Số vụ bắt giữ tăng từ 310 lên 342.",
        },
      ],
      verdict: "achieved",
    },
  ],
  [
    "424ct-p3a",
    "qualitative, not assessed → chưa đủ dữ liệu",
    { period: Y, figures: {}, verdict: "insufficient_data" },
  ],
  [
    "424ct-t5",
    "qualitative, assessed → không đạt",
    {
      period: Y,
      figures: {},
      assessments: [
        {
          targetId: "424ct-t5",
          orgUnit: "92",
          period: Y,
          verdict: "not_achieved",
          justification: "Ba tháng trong năm không có tin, bài.",
        },
      ],
      verdict: "not_achieved",
    },
  ],
];

describe("seed 002 (Cần Thơ) targets evaluate to the verdict worked out by hand", () => {
  it.each(CASES)("%s: %s", (id, _label, row) => {
    const evaluation = evaluateRow(id, row);
    expect(evaluation.verdict, evaluation.sentence).toBe(row.verdict);
  });

  it("a district without a model fails 'mỗi quận, huyện … 01 mô hình/năm' and is named", () => {
    const evaluation = evaluateRow("424ct-3e", {
      period: Y,
      unitScope: scope,
      figures: { [Y]: { "pilot_models_built@916": 1, "pilot_models_built@917": 0 } },
    });
    expect(evaluation.verdict).toBe("not_achieved");
    expect(evaluation.units?.find((u) => u.verdict === "not_achieved")?.orgUnit).toBe("917");
  });
});

describe("seed 002's assignments keep every lettered duty", () => {
  const duties = (clause: string) =>
    builtinCatalog().assignments.find((a) => a.planId === "can-tho-424" && a.clause === clause)?.duties ?? [];

  it("IV.3 Sở Y tế: a–e, d (Methadone recovery pilots) and e (the projects it joins) included", () => {
    expect(duties("IV.3")).toHaveLength(6);
    expect(duties("IV.3")).toContain(
      "Thí điểm và từng bước mở rộng chương trình điều trị phục hồi cho bệnh nhân điều trị thay thế bằng thuốc Methadone",
    );
    expect(duties("IV.3")).toContain(
      "Tham gia xây dựng, phê duyệt, quản lý và tổ chức triển khai thực hiện nội dung, nhiệm vụ các Đề án, Dự án có liên quan",
    );
  });

  it("IV.4 Sở Thông tin và Truyền thông: b (communication joined with other programmes) included", () => {
    expect(duties("IV.4")).toHaveLength(3);
    expect(duties("IV.4")[1]).toContain("lồng ghép đồng bộ công tác truyền thông phòng, chống ma túy");
  });
});
