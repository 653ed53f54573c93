import type { DataElementInput } from "@pctm/domain";
import { count, stock } from "./define.js";

/** Communes and their drug situation (seed 001 I.2.a, seed 002 I.1, I.3, IV.1.g, IV.4). */
export const COMMUNE_ELEMENTS: readonly DataElementInput[] = [
  count("communes_total", "Tổng số xã, phường, thị trấn", "xã"),
  stock("communes_drug_free", "Số xã, phường, thị trấn không có ma túy", "xã"),
  stock("communes_with_drugs", "Số xã, phường, thị trấn có ma túy", "xã"),
  stock("key_communes", "Số xã, phường, thị trấn trọng điểm về ma túy", "xã"),
  count(
    "key_communes_downgraded",
    "Số xã, phường, thị trấn trọng điểm về ma túy đã giảm mức độ phức tạp so với năm gốc (lũy kế)",
    "xã",
  ),
  count(
    "communes_downgraded",
    "Số xã, phường, thị trấn có ma túy đã giảm mức độ phức tạp (lũy kế từ đầu kỳ kế hoạch)",
    "xã",
  ),
  count(
    "communes_newly_affected",
    "Số xã, phường, thị trấn chưa có tệ nạn ma túy nay phát sinh tệ nạn ma túy",
    "xã",
  ),
  count(
    "communes_propaganda",
    "Số xã, phường, thị trấn được tổ chức tuyên truyền, phổ biến, giáo dục kiến thức phòng, chống ma túy",
    "xã",
  ),
  count(
    "communes_materials",
    "Số xã, phường, thị trấn nhận và triển khai tài liệu hướng dẫn, tài liệu truyền thông về phòng, chống ma túy",
    "xã",
  ),
  count(
    "key_communes_intensive_model",
    "Số xã thuộc địa bàn trọng điểm có mô hình chuyên sâu về phòng, chống ma túy",
    "xã",
  ),
  count("communes_integrated_model", "Số xã có mô hình lồng ghép về phòng, chống ma túy", "xã"),
  count(
    "pilot_models_built",
    "Số mô hình điểm về phòng, chống ma túy tại xã, phường, thị trấn xây dựng được trong năm",
    "mô hình",
  ),
];

/** Schools, industrial zones, organisations, cultural institutions (seed 001 I.2.a, seed 002 I.1, IV.4–6, IV.12). */
export const PLACE_ELEMENTS: readonly DataElementInput[] = [
  count("schools_total", "Tổng số trường học", "trường"),
  count("schools_propaganda", "Số trường học được tổ chức tuyên truyền phòng, chống ma túy", "trường"),
  count("schools_drug_free", "Số trường học đạt tiêu chí “Trường học không có ma túy”", "trường"),
  count("industrial_zones_total", "Tổng số khu công nghiệp", "khu"),
  count(
    "industrial_zones_propaganda",
    "Số khu công nghiệp được tổ chức tuyên truyền phòng, chống ma túy",
    "khu",
  ),
  count("export_zones_total", "Tổng số khu chế xuất", "khu"),
  count("export_zones_propaganda", "Số khu chế xuất được tổ chức tuyên truyền phòng, chống ma túy", "khu"),
  count("organizations_total", "Tổng số cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học", "đơn vị"),
  count(
    "organizations_drug_free",
    "Số cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học không có tệ nạn ma túy",
    "đơn vị",
  ),
  count("iz_units_total", "Tổng số cơ quan, đơn vị tại các khu công nghiệp, khu chế xuất", "đơn vị"),
  count(
    "iz_units_safety_model",
    "Số cơ quan, đơn vị tại khu công nghiệp, khu chế xuất phối hợp với công an xây dựng mô hình an toàn về an ninh trật tự",
    "đơn vị",
  ),
  count("iz_workers_total", "Tổng số công nhân lao động khu công nghiệp", "người"),
  count(
    "iz_workers_aware",
    "Số công nhân lao động khu công nghiệp hiểu biết đầy đủ về nhiệm vụ phòng, chống ma túy",
    "người",
  ),
  count("cultural_institutions_total", "Tổng số thiết chế văn hóa cơ sở", "thiết chế"),
  count(
    "cultural_institutions_active",
    "Số thiết chế văn hóa cơ sở tổ chức hoạt động tuyên truyền phòng, chống ma túy",
    "thiết chế",
  ),
  count("mobile_teams_total", "Tổng số đội tuyên truyền văn hóa, văn nghệ lưu động", "đội"),
  count(
    "mobile_teams_active",
    "Số đội tuyên truyền văn hóa, văn nghệ lưu động tiến hành hoạt động tuyên truyền phòng, chống ma túy",
    "đội",
  ),
  count(
    "school_people_complex_total",
    "Tổng số học sinh, sinh viên và cán bộ, giáo viên các trường học trên địa bàn phức tạp về tệ nạn ma túy",
    "người",
  ),
  count(
    "school_people_complex_reached",
    "Số học sinh, sinh viên và cán bộ, giáo viên các trường học trên địa bàn phức tạp được tuyên truyền, giáo dục",
    "người",
  ),
];
