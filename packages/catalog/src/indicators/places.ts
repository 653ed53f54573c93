import type { IndicatorInput } from "@pctm/domain";
import { figure, share } from "./define.js";

/** Indicators on communes, schools, industrial zones and organisations. */
export const PLACE_INDICATORS: readonly IndicatorInput[] = [
  share(
    "drug_free_commune_share",
    "Tỷ lệ xã, phường, thị trấn không có ma túy",
    "#{communes_drug_free}",
    "#{communes_total}",
  ),
  figure("communes_with_drugs", "Số xã, phường, thị trấn có ma túy", "#{communes_with_drugs}"),
  figure("communes_total", "Tổng số xã, phường, thị trấn", "#{communes_total}"),
  figure(
    "communes_with_drugs_2015",
    "Số xã, phường, thị trấn có ma túy năm 2015",
    "#{communes_with_drugs}[2015]",
  ),
  figure(
    "communes_downgraded",
    "Số xã, phường, thị trấn có ma túy đã giảm mức độ phức tạp (lũy kế)",
    "#{communes_downgraded}",
  ),
  figure(
    "communes_newly_affected",
    "Số xã, phường, thị trấn chưa có tệ nạn ma túy nay phát sinh",
    "#{communes_newly_affected}",
  ),
  share(
    "key_communes_downgraded_share",
    "Tỷ lệ xã, phường, thị trấn trọng điểm năm 2015 đã giảm mức độ phức tạp",
    "#{key_communes_downgraded}",
    "#{key_communes}[2015]",
  ),
  figure(
    "pilot_models_built",
    "Số mô hình điểm về phòng, chống ma túy tại xã, phường, thị trấn xây dựng trong năm",
    "#{pilot_models_built}",
  ),
  share(
    "propaganda_commune_share",
    "Tỷ lệ xã, phường, thị trấn được tổ chức tuyên truyền phòng, chống ma túy",
    "#{communes_propaganda}",
    "#{communes_total}",
  ),
  share(
    "propaganda_school_share",
    "Tỷ lệ trường học được tổ chức tuyên truyền phòng, chống ma túy",
    "#{schools_propaganda}",
    "#{schools_total}",
  ),
  share(
    "propaganda_industrial_zone_share",
    "Tỷ lệ khu công nghiệp được tổ chức tuyên truyền phòng, chống ma túy",
    "#{industrial_zones_propaganda}",
    "#{industrial_zones_total}",
  ),
  share(
    "propaganda_export_zone_share",
    "Tỷ lệ khu chế xuất được tổ chức tuyên truyền phòng, chống ma túy",
    "#{export_zones_propaganda}",
    "#{export_zones_total}",
  ),
  share(
    "drug_free_organization_share",
    "Tỷ lệ cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học không có tệ nạn ma túy",
    "#{organizations_drug_free}",
    "#{organizations_total}",
  ),
  share(
    "communes_materials_share",
    "Tỷ lệ cấp xã nhận và triển khai tài liệu hướng dẫn, tài liệu truyền thông",
    "#{communes_materials}",
    "#{communes_total}",
  ),
  share(
    "key_communes_intensive_model_share",
    "Tỷ lệ xã thuộc địa bàn trọng điểm có mô hình chuyên sâu về phòng, chống ma túy",
    "#{key_communes_intensive_model}",
    "#{key_communes}",
  ),
  share(
    "communes_integrated_model_share",
    "Tỷ lệ xã có mô hình lồng ghép về phòng, chống ma túy",
    "#{communes_integrated_model}",
    "#{communes_total}",
  ),
  share(
    "schools_drug_free_share",
    "Tỷ lệ trường học đạt tiêu chí “Trường học không có ma túy”",
    "#{schools_drug_free}",
    "#{schools_total}",
  ),
  share(
    "school_people_reached_share",
    "Tỷ lệ học sinh, sinh viên, cán bộ, giáo viên trên địa bàn phức tạp được tuyên truyền, giáo dục",
    "#{school_people_complex_reached}",
    "#{school_people_complex_total}",
  ),
  share(
    "iz_workers_aware_share",
    "Tỷ lệ công nhân lao động khu công nghiệp hiểu biết đầy đủ về phòng, chống ma túy",
    "#{iz_workers_aware}",
    "#{iz_workers_total}",
  ),
  share(
    "iz_units_safety_model_share",
    "Tỷ lệ cơ quan, đơn vị tại khu công nghiệp, khu chế xuất xây dựng mô hình an toàn về an ninh trật tự",
    "#{iz_units_safety_model}",
    "#{iz_units_total}",
  ),
  share(
    "cultural_institutions_active_share",
    "Tỷ lệ thiết chế văn hóa cơ sở tổ chức hoạt động tuyên truyền phòng, chống ma túy",
    "#{cultural_institutions_active}",
    "#{cultural_institutions_total}",
  ),
  share(
    "mobile_teams_active_share",
    "Tỷ lệ đội tuyên truyền lưu động tiến hành hoạt động tuyên truyền phòng, chống ma túy",
    "#{mobile_teams_active}",
    "#{mobile_teams_total}",
  ),
];
