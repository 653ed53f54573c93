import type { DataElementInput } from "@pctm/domain";
import { CASE_ROUTE, HOTSPOT_TYPE, PLANT } from "./categories.js";
import { areaHa, count, stock } from "./define.js";

/** Crime, hotspots and cultivation (seed 000 Phần thứ nhất III, seed 002 I.2, IV.1.g, seed 004 §2.2, §4). */
export const CRIME_ELEMENTS: readonly DataElementInput[] = [
  count(
    "serious_cases_detected",
    "Số vụ phạm tội sản xuất, mua bán, tàng trữ, vận chuyển trái phép chất ma túy từ mức độ nghiêm trọng trở lên được phát hiện, xử lý",
    "vụ",
  ),
  count("drug_cases_detected", "Số vụ phạm tội về ma túy được phát hiện", "vụ", [CASE_ROUTE]),
  // An opening count: the places on record on the period's first day.
  {
    ...stock("hotspots_at_start", "Số điểm, tụ điểm phức tạp về ma túy đầu kỳ", "điểm", [HOTSPOT_TYPE]),
    stockAt: "start",
  },
  count("hotspots_eliminated", "Số điểm, tụ điểm phức tạp về ma túy được triệt xóa trong kỳ", "điểm", [
    HOTSPOT_TYPE,
  ]),
  count("hotspots_new", "Số điểm, tụ điểm phức tạp về ma túy mới phát sinh trong kỳ", "điểm", [HOTSPOT_TYPE]),
  stock("hotspots_remaining", "Số điểm, tụ điểm phức tạp về ma túy hiện còn", "điểm", [HOTSPOT_TYPE]),
  count(
    "drug_rings_formed",
    "Số tổ chức, đường dây, tụ điểm mua bán, tàng trữ, sử dụng trái phép ma túy mới hình thành",
    "vụ",
  ),
  count("illicit_production_cases", "Số vụ sản xuất, chế biến trái phép ma túy ở địa phương", "vụ"),
  count(
    "production_offences",
    "Số hành vi phạm tội sản xuất trái phép chất ma túy ở trong nước xảy ra",
    "vụ",
  ),
  count(
    "production_offences_handled_1y",
    "Số hành vi phạm tội sản xuất trái phép chất ma túy được phát hiện, xử lý triệt để trong vòng 1 năm từ khi xảy ra",
    "vụ",
  ),
  count("major_cases", "Số vụ án ma túy lớn, đặc biệt phức tạp", "vụ"),
  count(
    "major_cases_reviewed",
    "Số vụ án ma túy lớn, đặc biệt phức tạp được tổng kết, rút kinh nghiệm",
    "vụ",
  ),
  count("major_cases_tried", "Số vụ án ma túy lớn, đặc biệt phức tạp đưa ra xét xử", "vụ"),
  count(
    "major_cases_tried_properly",
    "Số vụ án ma túy lớn, đặc biệt phức tạp được xét xử đúng người, đúng tội, đảm bảo thời gian luật định",
    "vụ",
  ),
  count("key_areas_total", "Số tuyến, địa bàn trọng điểm phức tạp về ma túy", "địa bàn"),
  count(
    "key_areas_assessed",
    "Số tuyến, địa bàn trọng điểm được điều tra cơ bản, đánh giá đúng thực trạng",
    "địa bàn",
  ),
  count(
    "districts_inspected",
    "Số quận, huyện được kiểm tra, đánh giá công tác phòng, chống ma túy",
    "quận, huyện",
  ),
  count(
    "departments_inspected",
    "Số sở, ngành được kiểm tra, đánh giá công tác phòng, chống ma túy",
    "sở, ngành",
  ),
  areaHa("cultivation_area_detected_ha", "Diện tích trồng cây có chứa chất ma túy phát hiện", [PLANT]),
  areaHa("cultivation_area_destroyed_ha", "Diện tích trồng cây có chứa chất ma túy bị triệt phá", [PLANT]),
  count("cultivation_incidents", "Số vụ trồng, tái trồng cây có chứa chất ma túy phát hiện", "vụ", [PLANT]),
  count(
    "cultivation_new_localities",
    "Số địa bàn mới phát sinh tình trạng trồng cây có chứa chất ma túy",
    "địa bàn",
  ),
];
