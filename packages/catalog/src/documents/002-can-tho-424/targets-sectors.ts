import type { TargetInput } from "@pctm/domain";
import { BY_END_OF_PLAN, striveReading } from "../time-frame.js";
import { PLAN_002_ID } from "./targets-objectives.js";

const src = (clause: string, quote: string) => ({ document: PLAN_002_ID, clause, quote });
const P = { planId: PLAN_002_ID } as const;
const BY_2020 = { planId: PLAN_002_ID, duePeriod: "2020" } as const;

/** Targets of the projects and schemes led by departments and the trade union (IV.2, IV.4–6, IV.12). */
export const SECTOR_PROJECT_TARGETS_002: readonly TargetInput[] = [
  {
    id: "424ct-l1",
    kind: "all_of",
    ...BY_2020,
    title: "100% cán bộ chính quyền và 80% người dân trưởng thành hiểu biết cơ bản về nghiện ma túy",
    interpretation: striveReading(BY_END_OF_PLAN),
    source: src(
      "IV.2.c",
      "phấn đấu 100% cán bộ chính quyền các cấp và 80% người dân ở độ tuổi trưởng thành hiểu biết cơ bản về nghiện ma túy",
    ),
    parts: [
      {
        id: "424ct-l1.can-bo",
        kind: "threshold",
        title: "Cán bộ chính quyền hiểu biết cơ bản",
        indicator: "officials_aware_share",
        value: 100,
      },
      {
        id: "424ct-l1.nguoi-dan",
        kind: "threshold",
        title: "Người dân trưởng thành hiểu biết cơ bản",
        indicator: "adults_aware_share",
        value: 80,
      },
    ],
  },
  {
    id: "424ct-l2",
    kind: "threshold",
    ...BY_2020,
    title: "90% cán bộ dự phòng và điều trị nghiện được đào tạo kiến thức cơ bản",
    indicator: "rehab_staff_trained_share",
    value: 90,
    interpretation: striveReading(BY_END_OF_PLAN),
    source: src(
      "IV.2.c",
      "phấn đấu 90% cán bộ tham gia công tác dự phòng và điều trị nghiện được đào tạo kiến thức cơ bản về cai nghiện",
    ),
  },
  {
    id: "424ct-l3",
    kind: "threshold",
    ...BY_2020,
    title: "100% cán bộ tư vấn được đào tạo và cấp chứng chỉ",
    indicator: "counsellors_certified_share",
    value: 100,
    source: src(
      "IV.2.c",
      "100% cán bộ làm công tác tư vấn về dự phòng và cai nghiện được đào tạo và cấp chứng chỉ",
    ),
  },
  {
    id: "424ct-l3b",
    kind: "threshold",
    ...BY_2020,
    title: "100% cán bộ y tế tại cơ sở cai nghiện, điều trị nghiện có đủ văn bằng, chứng chỉ",
    indicator: "rehab_medical_staff_certified_share",
    value: 100,
    interpretation:
      "Cùng câu với 424ct-l2 và 424ct-l3 trong mục tiêu của Đề án (đến năm 2020): đánh giá năm 2020.",
    source: src(
      "IV.2.c",
      "100% cán bộ y tế công tác tại các cơ sở cai nghiện, điều trị nghiện ma túy có đủ văn bằng chứng chỉ theo quy định về điều trị nghiện",
    ),
  },
  {
    id: "424ct-l4",
    kind: "all_of",
    ...BY_2020,
    title: "Đáp ứng nhu cầu cai nghiện của 80% người nghiện có hồ sơ; 90% cơ sở đạt chuẩn",
    source: src(
      "IV.2.c",
      "đáp ứng nhu cầu cai nghiện của 80% số người nghiện có hồ sơ quản lý; 90% cơ sở cai nghiện ma túy đáp ứng các tiêu chuẩn",
    ),
    parts: [
      {
        id: "424ct-l4.nhu-cau",
        kind: "threshold",
        title: "Nhu cầu cai nghiện được đáp ứng",
        indicator: "rehab_capacity_share",
        value: 80,
      },
      {
        id: "424ct-l4.co-so",
        kind: "threshold",
        title: "Cơ sở cai nghiện đáp ứng tiêu chuẩn",
        indicator: "rehab_facilities_standard_share",
        value: 90,
      },
    ],
  },
  {
    id: "424ct-l5",
    kind: "reach_by",
    ...BY_2020,
    title: "Tỷ lệ người nghiện có hồ sơ được điều trị từ 60% (2015) lên 80% (2020)",
    indicator: "addicts_treated_share",
    value: 80,
    baselinePeriod: "2015",
    baselineValue: 60,
    interpretation:
      "Các năm giữa được so với đường thẳng từ 60% (2015) đến 80% (2020), vì câu văn nêu cả điểm đầu và điểm đích (“từ … lên …”).",
    source: src(
      "IV.2.c",
      "Nâng tỷ lệ số người nghiện có hồ sơ quản lý được điều trị từ 60% năm 2015 lên 80% năm 2020",
    ),
  },
  {
    id: "424ct-l6",
    kind: "reach_by",
    ...BY_2020,
    title: "Tỷ lệ người nghiện được dạy nghề từ 25% (2015) lên 60% (2020)",
    indicator: "addicts_vocational_share",
    value: 60,
    baselinePeriod: "2015",
    baselineValue: 25,
    interpretation:
      "Các năm giữa được so với đường thẳng từ 25% (2015) đến 60% (2020), vì câu văn nêu cả điểm đầu và điểm đích (“từ … lên …”).",
    source: src("IV.2.c", "Tăng tỷ lệ người nghiện ma túy được dạy nghề từ 25% năm 2015 lên 60% năm 2020"),
  },
  {
    id: "424ct-l7",
    kind: "reach_by",
    ...BY_2020,
    title: "Tỷ lệ người nghiện hòa nhập cộng đồng có việc làm từ 9,9% (2015) lên 50% (2020)",
    indicator: "addicts_reintegrated_employed",
    denominator: "post_rehab_managed",
    value: 50,
    baselinePeriod: "2015",
    baselineValue: "9,9",
    interpretation:
      "Các năm giữa được so với đường thẳng từ 9,9% (2015) đến 50% (2020), vì câu văn nêu cả điểm đầu và điểm đích (“từ … lên …”). Mẫu số là số người bị quản lý sau cai nghiện (người đã hòa nhập cộng đồng); có thể đổi sang số người nghiện có hồ sơ quản lý (addicts_registered).",
    source: src(
      "IV.2.c",
      "Tăng tỷ lệ người nghiện hòa nhập cộng đồng có việc làm từ 9,9% năm 2015 lên 50% năm 2020",
    ),
  },
  {
    id: "424ct-l8",
    kind: "threshold",
    ...BY_2020,
    title: "Xây dựng ít nhất 1 mô hình cai nghiện phục hồi",
    indicator: "rehab_recovery_models",
    value: 1,
    unit: "count",
    source: src("IV.2.c", "Xây dựng được ít nhất 1 mô hình cai nghiện phục hồi"),
  },
  {
    id: "424ct-l9",
    kind: "threshold",
    ...BY_2020,
    title: "100% cơ sở cai nghiện đa chức năng, tự nguyện và điểm tư vấn, hỗ trợ được đầu tư cơ sở vật chất",
    indicator: "rehab_sites_invested_share",
    value: 100,
    interpretation:
      "Mẫu số gồm cả ba loại: cơ sở cai nghiện đa chức năng, cơ sở cai nghiện tự nguyện và điểm tư vấn, chăm sóc, hỗ trợ điều trị nghiện tại cộng đồng. Đánh giá năm 2020, năm đích của Đề án đổi mới công tác cai nghiện mà câu văn nêu.",
    source: src(
      "IV.2.c",
      "100% cơ sở cai nghiện ma túy đa chức năng; cơ sở cai nghiện ma túy tự nguyện; điểm tư vấn, chăm sóc, hỗ trợ điều trị nghiện ma túy tại cộng đồng được đầu tư cơ sở vật chất, trang thiết bị phù hợp",
    ),
  },
  {
    id: "424ct-t1",
    kind: "milestones",
    ...P,
    title: "75% (2018) và 100% (2020) cấp xã nhận và triển khai tài liệu",
    indicator: "communes_materials_share",
    milestones: [
      { period: "2018", value: 75 },
      { period: "2020", value: 100 },
    ],
    between: "hold",
    interpretation:
      "Hai mốc: năm 2018 ít nhất 75%, năm 2020 ít nhất 100%. Năm 2019 câu văn không nêu con số: giữ mức của mốc đã qua (75%), không so với một giá trị nội suy; năm 2017 là “chưa đến hạn”.",
    source: src(
      "IV.4.c",
      "Đến năm 2018, đạt 75% và năm 2020 đạt 100% xã, phường, thị trấn (gọi tắt là cấp xã) nhận và triển khai tài liệu",
    ),
  },
  {
    id: "424ct-t2",
    kind: "all_of",
    ...BY_2020,
    title: "Đến 2020: ít nhất 30% xã trọng điểm có mô hình chuyên sâu, 50% xã có mô hình lồng ghép",
    source: src(
      "IV.4.c",
      "Đến năm 2020, ít nhất 30% số xã thuộc địa bàn trọng điểm có mô hình chuyên sâu về phòng, chống ma túy và 50% số xã trên địa bàn thành phố có mô hình lồng ghép",
    ),
    parts: [
      {
        id: "424ct-t2.chuyen-sau",
        kind: "threshold",
        title: "Xã trọng điểm có mô hình chuyên sâu",
        indicator: "key_communes_intensive_model_share",
        value: 30,
      },
      {
        id: "424ct-t2.long-ghep",
        kind: "threshold",
        title: "Xã có mô hình lồng ghép",
        indicator: "communes_integrated_model_share",
        value: 50,
      },
    ],
  },
  {
    id: "424ct-t3",
    kind: "threshold",
    ...BY_2020,
    title: "Đến 2020, 70% người dân tại địa bàn trọng điểm được tiếp cận thông tin",
    indicator: "key_area_residents_reached_share",
    value: 70,
    source: src("IV.4.c", "Đến năm 2020, đạt 70% người dân tại các địa bàn trọng điểm"),
  },
  {
    id: "424ct-t4",
    kind: "threshold",
    ...P,
    title: "100% phóng viên mảng pháp luật, xã hội có kiến thức, kỹ năng",
    indicator: "reporters_trained_share",
    value: 100,
    source: src(
      "IV.4.c",
      "100% phóng viên, các cơ quan thông tin đại chúng theo dõi mảng pháp luật, xã hội có kiến thức",
    ),
  },
  {
    id: "424ct-t5",
    kind: "qualitative",
    ...P,
    basePeriod: "2017",
    title: "Thông tin về phòng, chống ma túy được đăng tải thường xuyên, liên tục trên báo chí",
    criterion:
      "thông tin về phòng, chống ma túy có được đăng tải trên các cơ quan báo chí thường xuyên, liên tục trong năm hay không, đánh giá kèm căn cứ (số tin, bài theo tháng)",
    interpretation: "Không có con số: đánh giá định tính từng năm từ năm 2017 theo nhận định có căn cứ.",
    source: src(
      "IV.4.c",
      "Từ năm 2017, thông tin về phòng, chống ma túy được đăng tải trên các cơ quan báo chí được thường xuyên, liên tục",
    ),
  },
  {
    id: "424ct-v1",
    kind: "threshold",
    ...P,
    duePeriod: "2020",
    title: "100% thiết chế văn hóa cơ sở tổ chức tuyên truyền",
    indicator: "cultural_institutions_active_share",
    value: 100,
    interpretation: striveReading(BY_END_OF_PLAN),
    source: src(
      "IV.5.b",
      "100% các thiết chế văn hóa cơ sở tổ chức hoạt động tuyên truyền phòng, chống ma túy",
    ),
  },
  {
    id: "424ct-v2",
    kind: "threshold",
    ...P,
    duePeriod: "2020",
    title: "100% đội tuyên truyền lưu động hoạt động",
    indicator: "mobile_teams_active_share",
    value: 100,
    interpretation: striveReading(BY_END_OF_PLAN),
    source: src(
      "IV.5.b",
      "100% đội tuyên truyền văn hóa, văn nghệ lưu động tiến hành các hoạt động tuyên truyền",
    ),
  },
  {
    id: "424ct-g1",
    kind: "threshold",
    ...P,
    title: "100% học sinh, sinh viên, cán bộ, giáo viên trên địa bàn phức tạp được tuyên truyền",
    indicator: "school_people_reached_share",
    value: 100,
    source: src(
      "IV.6.b",
      "100% học sinh, sinh viên và cán bộ, giáo viên các trường học trên địa bàn phức tạp về tệ nạn ma túy được tuyên truyền",
    ),
  },
  {
    id: "424ct-g2",
    kind: "threshold",
    ...P,
    title: "100% trường học đạt tiêu chí “Trường học không có ma túy”",
    indicator: "schools_drug_free_share",
    value: 100,
    source: src("IV.6.b", "100% trường học trên địa bàn đạt tiêu chí “Trường học không có ma túy”"),
  },
  {
    id: "424ct-w1",
    kind: "threshold",
    ...BY_2020,
    title: "Đến 2020, 70% công nhân khu công nghiệp hiểu biết đầy đủ",
    indicator: "iz_workers_aware_share",
    value: 70,
    source: src("IV.12", "Đến năm 2020, 70% bộ phận công nhân lao động khu công nghiệp hiểu biết đầy đủ"),
  },
  {
    id: "424ct-w2",
    kind: "threshold",
    ...P,
    title: "Hàng năm 80% trở lên cơ quan, đơn vị tại khu công nghiệp xây dựng mô hình an toàn",
    indicator: "iz_units_safety_model_share",
    value: 80,
    source: src(
      "IV.12",
      "Hàng năm, có 80% trở lên số cơ quan, đơn vị tại các khu công nghiệp, khu chế xuất phối hợp với lực lượng công an xây dựng mô hình an toàn",
    ),
  },
];
