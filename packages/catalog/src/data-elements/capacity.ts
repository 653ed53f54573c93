import type { DataElementInput } from "@pctm/domain";
import { count } from "./define.js";

/** Officers, staff, awareness, facilities and equipment (seed 002 IV.1–6; REFERENCES.md §4). */
export const CAPACITY_ELEMENTS: readonly DataElementInput[] = [
  count(
    "specialised_officers_total",
    "Tổng số cán bộ, chiến sỹ thuộc lực lượng chuyên trách phòng, chống ma túy",
    "người",
  ),
  count(
    "specialised_officers_trained",
    "Số cán bộ, chiến sỹ lực lượng chuyên trách được đào tạo, tập huấn nâng cao năng lực nghiệp vụ trong năm",
    "người",
  ),
  count("officials_total", "Tổng số cán bộ chính quyền các cấp", "người"),
  count("officials_aware", "Số cán bộ chính quyền các cấp hiểu biết cơ bản về nghiện ma túy", "người"),
  count("adults_surveyed", "Số người dân ở độ tuổi trưởng thành được khảo sát", "người"),
  count(
    "adults_aware",
    "Số người dân ở độ tuổi trưởng thành (được khảo sát) hiểu biết cơ bản về nghiện ma túy",
    "người",
  ),
  count("key_area_residents_total", "Số người dân tại các địa bàn trọng điểm", "người"),
  count(
    "key_area_residents_reached",
    "Số người dân tại các địa bàn trọng điểm được tiếp cận thông tin, kiến thức pháp luật và kỹ năng phòng, chống ma túy",
    "người",
  ),
  count(
    "reporters_total",
    "Số phóng viên các cơ quan thông tin đại chúng theo dõi mảng pháp luật, xã hội",
    "người",
  ),
  count(
    "reporters_trained",
    "Số phóng viên theo dõi mảng pháp luật, xã hội có kiến thức, kỹ năng viết, đưa tin về phòng, chống ma túy",
    "người",
  ),
  count("rehab_staff_total", "Tổng số cán bộ tham gia công tác dự phòng và điều trị nghiện", "người"),
  count(
    "rehab_staff_trained",
    "Số cán bộ tham gia dự phòng và điều trị nghiện được đào tạo kiến thức cơ bản về cai nghiện",
    "người",
  ),
  count("counsellors_total", "Tổng số cán bộ làm công tác tư vấn về dự phòng và cai nghiện", "người"),
  count(
    "counsellors_certified",
    "Số cán bộ tư vấn về dự phòng và cai nghiện được đào tạo và cấp chứng chỉ",
    "người",
  ),
  count(
    "rehab_medical_staff_total",
    "Tổng số cán bộ y tế công tác tại các cơ sở cai nghiện, điều trị nghiện ma túy",
    "người",
  ),
  count(
    "rehab_medical_staff_certified",
    "Số cán bộ y tế tại cơ sở cai nghiện, điều trị nghiện có đủ văn bằng, chứng chỉ về điều trị nghiện",
    "người",
  ),
  count(
    "rehab_sites_total",
    "Tổng số cơ sở cai nghiện đa chức năng, cơ sở cai nghiện tự nguyện và điểm tư vấn, hỗ trợ điều trị nghiện tại cộng đồng",
    "cơ sở",
  ),
  count(
    "rehab_sites_invested",
    "Số cơ sở cai nghiện, điểm tư vấn, hỗ trợ điều trị nghiện được đầu tư cơ sở vật chất, trang thiết bị",
    "cơ sở",
  ),
  count("rehab_facilities_total", "Tổng số cơ sở cai nghiện ma túy", "cơ sở"),
  count(
    "rehab_facilities_standard",
    "Số cơ sở cai nghiện ma túy đáp ứng các tiêu chuẩn, điều kiện về cai nghiện ma túy",
    "cơ sở",
  ),
  count(
    "rehab_recovery_models",
    "Số mô hình cai nghiện phục hồi cho người nghiện ma túy xây dựng được",
    "mô hình",
  ),
  count(
    "border_units_total",
    "Tổng số đơn vị chuyên trách phòng, chống ma túy của Bộ đội Biên phòng, Cảnh sát biển",
    "đơn vị",
  ),
  count(
    "border_units_equipped",
    "Số đơn vị chuyên trách của Bộ đội Biên phòng, Cảnh sát biển được trang bị",
    "đơn vị",
  ),
  count("commune_health_stations_total", "Tổng số trạm y tế xã", "trạm"),
  count(
    "commune_health_stations_qualified",
    "Số trạm y tế xã đủ điều kiện xác định tình trạng nghiện ma túy",
    "trạm",
  ),
  count("public_rehab_centres_total", "Tổng số cơ sở cai nghiện ma túy công lập", "cơ sở"),
  count(
    "public_rehab_centres_qualified",
    "Số cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện ma túy",
    "cơ sở",
  ),
];
