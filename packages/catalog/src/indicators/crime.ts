import type { IndicatorInput } from "@pctm/domain";
import { figure, share } from "./define.js";

/** Indicators on crime, hotspots and cultivation. */
export const CRIME_INDICATORS: readonly IndicatorInput[] = [
  figure(
    "serious_cases_detected",
    "Số vụ phạm tội về ma túy từ mức độ nghiêm trọng trở lên được phát hiện, xử lý",
    "#{serious_cases_detected}",
  ),
  figure("hotspots_new", "Số điểm, tụ điểm phức tạp về ma túy mới phát sinh", "#{hotspots_new}"),
  share(
    "hotspot_elimination_rate",
    "Tỷ lệ điểm, tụ điểm phức tạp về ma túy được triệt xóa trong năm",
    "#{hotspots_eliminated}",
    "#{hotspots_at_start}",
  ),
  share(
    "hotspots_resolved_share",
    "Tỷ lệ điểm, tụ điểm, điểm có nguy cơ, đối tượng bán lẻ được phát hiện, triệt xóa",
    "#{hotspots_eliminated}",
    "#{hotspots_at_start} + #{hotspots_new}",
  ),
  figure("drug_rings_formed", "Số tổ chức, đường dây, tụ điểm ma túy mới hình thành", "#{drug_rings_formed}"),
  figure(
    "illicit_production_cases",
    "Số vụ sản xuất, chế biến trái phép ma túy ở địa phương",
    "#{illicit_production_cases}",
  ),
  share(
    "production_handled_within_year_share",
    "Tỷ lệ hành vi sản xuất trái phép chất ma túy được phát hiện, xử lý triệt để trong vòng 1 năm",
    "#{production_offences_handled_1y}",
    "#{production_offences}",
  ),
  share(
    "major_cases_reviewed_share",
    "Tỷ lệ vụ án ma túy lớn, đặc biệt phức tạp được tổng kết, rút kinh nghiệm",
    "#{major_cases_reviewed}",
    "#{major_cases}",
  ),
  figure("major_cases", "Số vụ án ma túy lớn, đặc biệt phức tạp", "#{major_cases}"),
  figure("major_cases_tried", "Số vụ án ma túy lớn, đặc biệt phức tạp đưa ra xét xử", "#{major_cases_tried}"),
  figure(
    "major_cases_tried_properly",
    "Số vụ án ma túy lớn được xét xử đúng người, đúng tội, đúng thời hạn",
    "#{major_cases_tried_properly}",
  ),
  share(
    "key_areas_assessed_share",
    "Tỷ lệ tuyến, địa bàn trọng điểm phức tạp được đánh giá đúng thực trạng",
    "#{key_areas_assessed}",
    "#{key_areas_total}",
  ),
  figure("districts_inspected", "Số quận, huyện được kiểm tra, đánh giá", "#{districts_inspected}"),
  figure("departments_inspected", "Số sở, ngành được kiểm tra, đánh giá", "#{departments_inspected}"),
  figure(
    "cultivation_area_detected",
    "Diện tích cây có chứa chất ma túy trồng trái phép phát hiện",
    "#{cultivation_area_detected_ha}",
    "area_ha",
  ),
  share(
    "cultivation_destroyed_share",
    "Tỷ lệ diện tích cây có chứa chất ma túy phát hiện được triệt phá",
    "#{cultivation_area_destroyed_ha}",
    "#{cultivation_area_detected_ha}",
  ),
  share(
    "cannabis_destroyed_share",
    "Tỷ lệ diện tích trồng cây cần sa phát hiện được triệt phá",
    "#{cultivation_area_destroyed_ha.can_sa}",
    "#{cultivation_area_detected_ha.can_sa}",
  ),
  figure(
    "cultivation_incidents",
    "Số vụ trồng, tái trồng cây có chứa chất ma túy",
    "#{cultivation_incidents}",
  ),
  figure(
    "cultivation_new_localities",
    "Số địa bàn mới phát sinh trồng cây có chứa chất ma túy",
    "#{cultivation_new_localities}",
  ),
  figure(
    "cases_detected_border",
    "Số vụ phạm tội về ma túy phát hiện trên tuyến biên giới đất liền, biển, hàng không, chuyển phát nhanh",
    "#{drug_cases_detected.bien_gioi_dat_lien_bien_hang_khong_chuyen_phat}",
  ),
  figure(
    "cases_detected_transnational",
    "Số vụ phạm tội về ma túy có tổ chức xuyên quốc gia được phát hiện",
    "#{drug_cases_detected.xuyen_quoc_gia_co_to_chuc}",
  ),
  figure(
    "cases_detected_cyberspace",
    "Số vụ phạm tội về ma túy trên không gian mạng được phát hiện",
    "#{drug_cases_detected.khong_gian_mang}",
  ),
];
