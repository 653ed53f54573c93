import type { ValidationRuleInput } from "@pctm/domain";
import { partOfWhole } from "./define-rule.js";

/**
 * The data quality rules the catalogue ships for its data elements: each part never exceeds its
 * whole, the spent money never exceeds the allocated money, and the hotspot balance adds up.
 * Organisations add their own beside these (definitions of kind "validation_rule").
 */
export const BUILTIN_VALIDATION_RULES: readonly ValidationRuleInput[] = [
  partOfWhole("addicts_treated", "addicts_registered"),
  partOfWhole("addicts_registered", "addicts_estimated"),
  partOfWhole("relapsed", "rehab_completed"),
  partOfWhole("detainee_addicts_rehab", "detainee_addicts"),
  partOfWhole("compulsory_rehab_files_decided", "compulsory_rehab_files"),
  partOfWhole("key_communes", "communes_with_drugs"),
  partOfWhole("communes_with_drugs", "communes_total"),
  partOfWhole("communes_drug_free", "communes_total"),
  {
    id: "communes_drug_free_plus_with_drugs_le_total",
    name: "Số xã không có ma túy cộng số xã có ma túy không vượt quá tổng số xã",
    importance: "high",
    instruction:
      "Mỗi xã, phường, thị trấn hoặc không có ma túy hoặc có ma túy: hai số cộng lại không thể lớn hơn tổng số xã, phường, thị trấn. Kiểm tra xã bị đếm hai lần.",
    left: "#{communes_drug_free} + #{communes_with_drugs}",
    operator: "<=",
    right: "#{communes_total}",
  },
  partOfWhole("schools_propaganda", "schools_total"),
  partOfWhole("schools_drug_free", "schools_total"),
  partOfWhole("industrial_zones_propaganda", "industrial_zones_total"),
  partOfWhole("export_zones_propaganda", "export_zones_total"),
  partOfWhole("organizations_drug_free", "organizations_total"),
  partOfWhole("iz_units_safety_model", "iz_units_total"),
  partOfWhole("iz_workers_aware", "iz_workers_total"),
  partOfWhole("cultural_institutions_active", "cultural_institutions_total"),
  partOfWhole("mobile_teams_active", "mobile_teams_total"),
  partOfWhole("school_people_complex_reached", "school_people_complex_total"),
  partOfWhole("serious_cases_detected", "drug_cases_detected", "medium"),
  partOfWhole("production_offences_handled_1y", "production_offences"),
  partOfWhole("major_cases_reviewed", "major_cases"),
  partOfWhole("major_cases_tried", "major_cases"),
  partOfWhole("major_cases_tried_properly", "major_cases_tried"),
  partOfWhole("key_areas_assessed", "key_areas_total"),
  partOfWhole("cultivation_area_destroyed_ha", "cultivation_area_detected_ha"),
  partOfWhole("specialised_officers_trained", "specialised_officers_total", "medium"),
  partOfWhole("officials_aware", "officials_total", "medium"),
  partOfWhole("adults_aware", "adults_surveyed", "medium"),
  partOfWhole("key_area_residents_reached", "key_area_residents_total", "medium"),
  partOfWhole("reporters_trained", "reporters_total", "medium"),
  partOfWhole("rehab_staff_trained", "rehab_staff_total", "medium"),
  partOfWhole("counsellors_certified", "counsellors_total", "medium"),
  partOfWhole("rehab_facilities_standard", "rehab_facilities_total", "medium"),
  partOfWhole("public_rehab_centres_qualified", "public_rehab_centres_total", "medium"),
  partOfWhole("border_units_equipped", "border_units_total", "medium"),
  partOfWhole("commune_health_stations_qualified", "commune_health_stations_total", "medium"),
  {
    id: "funding_spent_le_allocated",
    name: "Kinh phí đã sử dụng không vượt quá kinh phí được cấp, phân bổ",
    importance: "medium",
    instruction:
      "Kinh phí đã sử dụng lớn hơn kinh phí được cấp, phân bổ: kiểm tra lại đơn vị tính (đồng, triệu đồng) và nguồn kinh phí của từng khoản.",
    left: "#{funding_spent_vnd}",
    operator: "<=",
    right: "#{funding_allocated_vnd}",
  },
  {
    id: "hotspots_balance",
    name: "Số điểm, tụ điểm hiện còn bằng số đầu kỳ cộng số mới phát sinh trừ số đã triệt xóa",
    importance: "low",
    instruction:
      "Số điểm, tụ điểm phức tạp về ma túy hiện còn phải bằng số đầu kỳ + số mới phát sinh − số được triệt xóa trong kỳ: kiểm tra lại bốn số này.",
    left: "#{hotspots_remaining}",
    operator: "==",
    right: "#{hotspots_at_start} + #{hotspots_new} - #{hotspots_eliminated}",
  },
];
