import type { IndicatorInput } from "@pctm/domain";
import { share } from "./define.js";

/** Indicators on training, awareness, facilities and equipment. */
export const CAPACITY_INDICATORS: readonly IndicatorInput[] = [
  share(
    "officers_trained_share",
    "Tỷ lệ cán bộ, chiến sỹ lực lượng chuyên trách được đào tạo, tập huấn trong năm",
    "#{specialised_officers_trained}",
    "#{specialised_officers_total}",
  ),
  share(
    "officials_aware_share",
    "Tỷ lệ cán bộ chính quyền các cấp hiểu biết cơ bản về nghiện ma túy",
    "#{officials_aware}",
    "#{officials_total}",
  ),
  share(
    "adults_aware_share",
    "Tỷ lệ người dân ở độ tuổi trưởng thành hiểu biết cơ bản về nghiện ma túy",
    "#{adults_aware}",
    "#{adults_surveyed}",
  ),
  share(
    "key_area_residents_reached_share",
    "Tỷ lệ người dân tại các địa bàn trọng điểm được tiếp cận thông tin, kiến thức về phòng, chống ma túy",
    "#{key_area_residents_reached}",
    "#{key_area_residents_total}",
  ),
  share(
    "reporters_trained_share",
    "Tỷ lệ phóng viên mảng pháp luật, xã hội có kiến thức, kỹ năng tuyên truyền phòng, chống ma túy",
    "#{reporters_trained}",
    "#{reporters_total}",
  ),
  share(
    "rehab_staff_trained_share",
    "Tỷ lệ cán bộ dự phòng và điều trị nghiện được đào tạo kiến thức cơ bản về cai nghiện",
    "#{rehab_staff_trained}",
    "#{rehab_staff_total}",
  ),
  share(
    "counsellors_certified_share",
    "Tỷ lệ cán bộ tư vấn về dự phòng và cai nghiện được đào tạo và cấp chứng chỉ",
    "#{counsellors_certified}",
    "#{counsellors_total}",
  ),
  share(
    "rehab_medical_staff_certified_share",
    "Tỷ lệ cán bộ y tế tại cơ sở cai nghiện, điều trị nghiện có đủ văn bằng, chứng chỉ",
    "#{rehab_medical_staff_certified}",
    "#{rehab_medical_staff_total}",
  ),
  share(
    "rehab_sites_invested_share",
    "Tỷ lệ cơ sở cai nghiện, điểm tư vấn, hỗ trợ điều trị nghiện được đầu tư cơ sở vật chất, trang thiết bị",
    "#{rehab_sites_invested}",
    "#{rehab_sites_total}",
  ),
  share(
    "border_units_equipped_share",
    "Tỷ lệ đơn vị chuyên trách của Bộ đội Biên phòng, Cảnh sát biển được trang bị",
    "#{border_units_equipped}",
    "#{border_units_total}",
  ),
  share(
    "health_stations_qualified_share",
    "Tỷ lệ trạm y tế xã đủ điều kiện xác định tình trạng nghiện ma túy",
    "#{commune_health_stations_qualified}",
    "#{commune_health_stations_total}",
  ),
  share(
    "public_rehab_qualified_share",
    "Tỷ lệ cơ sở cai nghiện công lập đủ điều kiện xác định tình trạng nghiện ma túy",
    "#{public_rehab_centres_qualified}",
    "#{public_rehab_centres_total}",
  ),
];
