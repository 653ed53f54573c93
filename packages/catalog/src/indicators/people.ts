import type { IndicatorInput } from "@pctm/domain";
import { figure, share } from "./define.js";

/** Indicators on addicts, users, treatment and rehabilitation. */
export const PEOPLE_INDICATORS: readonly IndicatorInput[] = [
  figure("addicts_registered", "Số người nghiện ma túy có hồ sơ quản lý", "#{addicts_registered}"),
  figure(
    "addicts_registered_previous",
    "Số người nghiện ma túy có hồ sơ quản lý cuối kỳ trước (đầu kỳ này)",
    "#{addicts_registered}[previous]",
  ),
  figure(
    "addicts_estimated",
    "Tổng số người nghiện ma túy (gồm cả người chưa có hồ sơ)",
    "#{addicts_estimated}",
  ),
  figure(
    "addicts_and_users_registered",
    "Số người nghiện và người sử dụng trái phép chất ma túy có hồ sơ quản lý",
    "#{addicts_registered} + #{illegal_users_registered}",
  ),
  figure(
    "addicts_removed",
    "Số người nghiện đủ tiêu chuẩn được đưa ra khỏi diện quản lý",
    "#{addicts_removed}",
  ),
  figure(
    "addicts_treated_vocational",
    "Số người nghiện được điều trị, cai nghiện và học nghề",
    "#{addicts_treated_vocational}",
  ),
  figure("post_rehab_managed", "Số người bị quản lý sau cai nghiện ma túy", "#{post_rehab_managed}"),
  figure(
    "addicts_reintegrated_employed",
    "Số người nghiện hòa nhập cộng đồng có việc làm",
    "#{addicts_reintegrated_employed}",
  ),
  share(
    "addicts_managed_share",
    "Tỷ lệ người nghiện ma túy được phát hiện và quản lý",
    "#{addicts_registered}",
    "#{addicts_estimated}",
  ),
  share(
    "detainee_rehab_share",
    "Tỷ lệ người nghiện trong trại tạm giam, nhà tạm giữ được cai nghiện",
    "#{detainee_addicts_rehab}",
    "#{detainee_addicts}",
  ),
  share("relapse_rate", "Tỷ lệ tái nghiện", "#{relapsed}", "#{rehab_completed}"),
  share(
    "addicts_users_served_share",
    "Tỷ lệ người nghiện và sử dụng ma túy có hồ sơ quản lý được tiếp cận dịch vụ tư vấn, điều trị, cai nghiện",
    "#{addicts_users_served}",
    "@{addicts_and_users_registered}",
  ),
  share(
    "compulsory_files_decided_share",
    "Tỷ lệ hồ sơ người nghiện được xem xét, quyết định áp dụng biện pháp cai nghiện bắt buộc",
    "#{compulsory_rehab_files_decided}",
    "#{compulsory_rehab_files}",
  ),
  share(
    "rehab_capacity_share",
    "Tỷ lệ nhu cầu cai nghiện của người nghiện có hồ sơ quản lý được đáp ứng",
    "#{rehab_capacity}",
    "#{addicts_registered}",
  ),
  share(
    "addicts_treated_share",
    "Tỷ lệ người nghiện có hồ sơ quản lý được điều trị",
    "#{addicts_treated}",
    "#{addicts_registered}",
  ),
  share(
    "addicts_vocational_share",
    "Tỷ lệ người nghiện ma túy được dạy nghề",
    "#{addicts_vocational}",
    "#{addicts_registered}",
  ),
  share(
    "rehab_facilities_standard_share",
    "Tỷ lệ cơ sở cai nghiện đáp ứng các tiêu chuẩn, điều kiện về cai nghiện ma túy",
    "#{rehab_facilities_standard}",
    "#{rehab_facilities_total}",
  ),
  figure("rehab_recovery_models", "Số mô hình cai nghiện phục hồi xây dựng được", "#{rehab_recovery_models}"),
];
