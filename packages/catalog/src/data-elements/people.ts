import type { DataElementInput } from "@pctm/domain";
import { AGE_GROUP, DRUG_TYPE, SEX } from "./categories.js";
import { count, stock } from "./define.js";

const PERSON = [SEX, AGE_GROUP, DRUG_TYPE];

/** People: addicts, illegal users, post-rehabilitation, treatment (seed 004 §2.1, §3; seed 002 IV.2). */
export const PEOPLE_ELEMENTS: readonly DataElementInput[] = [
  stock("addicts_registered", "Số người nghiện ma túy có hồ sơ quản lý", "người", PERSON),
  stock(
    "addicts_estimated",
    "Tổng số người nghiện ma túy (gồm cả người chưa có hồ sơ quản lý, theo kết quả rà soát)",
    "người",
    PERSON,
  ),
  stock(
    "illegal_users_registered",
    "Số người sử dụng trái phép chất ma túy có hồ sơ quản lý",
    "người",
    PERSON,
  ),
  stock("post_rehab_managed", "Số người bị quản lý sau cai nghiện ma túy", "người", PERSON),
  stock(
    "substitution_patients",
    "Số người tham gia điều trị các chất dạng thuốc phiện bằng thuốc thay thế (Methadone)",
    "người",
    [SEX, AGE_GROUP],
  ),
  stock("suspected_users", "Số người nghi sử dụng trái phép chất ma túy, nghi nghiện ma túy", "người", [SEX]),
  count("addicts_new", "Số người nghiện ma túy mới phát hiện trong kỳ", "người", PERSON),
  count(
    "addicts_removed",
    "Số người nghiện ma túy có hồ sơ quản lý đủ tiêu chuẩn được đưa ra khỏi diện quản lý trong kỳ",
    "người",
    [SEX],
  ),
  count("addicts_treated", "Số người nghiện có hồ sơ quản lý được điều trị, cai nghiện", "người", [SEX]),
  count(
    "addicts_treated_vocational",
    "Số người nghiện ma túy được điều trị, cai nghiện và học nghề",
    "người",
    [SEX],
  ),
  count("addicts_vocational", "Số người nghiện ma túy được dạy nghề", "người", [SEX]),
  count(
    "addicts_reintegrated_employed",
    "Số người nghiện (sau cai nghiện) hòa nhập cộng đồng có việc làm",
    "người",
    [SEX],
  ),
  count(
    "addicts_users_served",
    "Số người nghiện và người sử dụng ma túy có hồ sơ quản lý được tiếp cận các dịch vụ tư vấn, điều trị, cai nghiện",
    "người",
    [SEX],
  ),
  count("detainee_addicts", "Số người nghiện trong trại tạm giam, nhà tạm giữ", "người"),
  count(
    "detainee_addicts_rehab",
    "Số người nghiện trong trại tạm giam, nhà tạm giữ được cai nghiện",
    "người",
  ),
  count("rehab_completed", "Số người đã cai nghiện được theo dõi trong kỳ", "người"),
  count("relapsed", "Số người tái nghiện trong số người đã cai nghiện được theo dõi", "người"),
  count(
    "compulsory_rehab_files",
    "Số hồ sơ người nghiện đề nghị áp dụng biện pháp đưa vào cơ sở cai nghiện bắt buộc",
    "hồ sơ",
  ),
  count(
    "compulsory_rehab_files_decided",
    "Số hồ sơ người nghiện được xem xét, quyết định áp dụng biện pháp cai nghiện bắt buộc",
    "hồ sơ",
  ),
  // A capacity at a date (places in the centres), not a flow over the period.
  stock("rehab_capacity", "Khả năng tiếp nhận của các cơ sở cai nghiện ma túy", "người"),
  count("rehab_success", "Số người được cai nghiện thành công", "người"),
];
