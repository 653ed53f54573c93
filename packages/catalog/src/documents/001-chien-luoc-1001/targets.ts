import type { TargetInput } from "@pctm/domain";
import { striveReading } from "../time-frame.js";

const PLAN = "kh-chien-luoc-1001";
const src = (clause: string, quote: string) => ({ document: PLAN, clause, quote });
const common = { planId: PLAN, basePeriod: "2011", duePeriod: "2020" } as const;

/** Mục tiêu cụ thể đến năm 2020 (I.2 a–d), baseline "hiện nay" = 2011, the year of the plan. */
export const TARGETS_001: readonly TargetInput[] = [
  {
    id: "1001-a1",
    kind: "change_vs_baseline",
    ...common,
    title: "Giảm từ 30% đến 40% số người nghiện ma túy so với năm 2011",
    indicator: "addicts_registered",
    direction: "decrease",
    comparison: "at_least",
    amount: 30,
    amountMax: 40,
    changeMode: "relative",
    baselinePeriod: "2011",
    interpretation:
      "“Hiện nay” là năm 2011 (năm ban hành Kế hoạch). Đo trên số người nghiện có hồ sơ quản lý; có thể đổi sang tổng số ước tính (addicts_estimated). Giảm ít nhất 30% là đạt, hơn 40% là vượt.",
    source: src("I.2.a", "Giảm ít nhất từ 30% đến 40% số người nghiện ma túy so với hiện nay"),
  },
  {
    id: "1001-a2",
    kind: "reach_by",
    ...common,
    title: "Đạt 85% số xã, phường, thị trấn không có ma túy (năm 2011: 68,98%)",
    indicator: "drug_free_commune_share",
    value: 85,
    baselinePeriod: "2011",
    baselineValue: "68,98",
    interpretation: striveReading(
      "năm 2020, năm đích của Chiến lược; các năm giữa được so với đường thẳng từ 68,98% (2011) đến 85% (2020), như mọi mục tiêu “từ … lên …”",
    ),
    source: src("I.2.a", "phấn đấu đạt 85% số xã, phường, thị trấn không có ma tuý (hiện tại 68,98%)"),
  },
  {
    id: "1001-a3",
    kind: "threshold",
    ...common,
    title: "100% cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học không có tệ nạn ma túy",
    indicator: "drug_free_organization_share",
    value: 100,
    source: src("I.2.a", "100% cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học không có tệ nạn ma túy"),
  },
  {
    id: "1001-b1",
    kind: "threshold",
    ...common,
    title: "100% người nghiện ma túy được phát hiện và quản lý",
    indicator: "addicts_managed_share",
    value: 100,
    interpretation:
      "Mẫu số là tổng số người nghiện theo kết quả rà soát (gồm cả người chưa có hồ sơ quản lý); tử số là số người có hồ sơ quản lý.",
    source: src("I.2.b", "100% số người nghiện ma túy được phát hiện và quản lý"),
  },
  {
    id: "1001-b2",
    kind: "threshold",
    ...common,
    title: "90% người nghiện được điều trị, cai nghiện và học nghề",
    indicator: "addicts_treated_vocational",
    denominator: "addicts_registered",
    value: 90,
    interpretation:
      "Mẫu số mặc định là số người nghiện có hồ sơ quản lý (addicts_registered); có thể đổi sang tổng số ước tính (addicts_estimated).",
    source: src("I.2.b", "90% số người nghiện ma túy được điều trị, cai nghiện và học nghề"),
  },
  {
    id: "1001-b3",
    kind: "threshold",
    ...common,
    title: "100% người nghiện trong trại tạm giam, nhà tạm giữ được cai nghiện",
    indicator: "detainee_rehab_share",
    value: 100,
    source: src("I.2.b", "100% số người nghiện trong trại tạm giam, nhà tạm giữ được cai nghiện"),
  },
  {
    id: "1001-b4",
    kind: "change_vs_baseline",
    ...common,
    title: "Giảm từ 10% - 15% tỷ lệ tái nghiện so với năm 2011",
    indicator: "relapse_rate",
    direction: "decrease",
    comparison: "at_least",
    amount: 10,
    amountMax: 15,
    changeMode: "relative",
    baselinePeriod: "2011",
    parameters: ["changeMode"],
    interpretation:
      'Văn bản không nói giảm tương đối hay giảm điểm phần trăm. Mặc định: giảm tương đối (tỷ lệ năm 2020 thấp hơn tỷ lệ năm 2011 ít nhất 10% của chính nó); đặt changeMode = "points" để đọc là giảm 10 - 15 điểm phần trăm.',
    source: src("I.2.b", "giảm từ 10% - 15% tỷ lệ tái nghiện so với hiện nay"),
  },
  {
    id: "1001-c1",
    kind: "qualitative",
    planId: PLAN,
    title: "Ngăn chặn không để ma túy từ Campuchia vào nội địa",
    criterion:
      "Có phát hiện ma túy từ Campuchia thẩm lậu vào nội địa trong kỳ hay không; đánh giá kèm căn cứ.",
    source: src("I.2.c", "Ngăn chặn không để ma tuý từ Campuchia vào nội địa"),
  },
  {
    id: "1001-c2",
    kind: "zero_occurrences",
    planId: PLAN,
    basePeriod: "2011",
    title: "Không để hình thành tổ chức, đường dây, tụ điểm ma túy",
    indicator: "drug_rings_formed",
    source: src(
      "I.2.c",
      "không để hình thành các tổ chức, đường dây, các tụ điểm mua bán, tàng trữ, sử dụng trái phép ma tuý trong nội địa và khu vực biên giới",
    ),
  },
  {
    id: "1001-c3",
    kind: "zero_occurrences",
    planId: PLAN,
    basePeriod: "2011",
    title: "Không để xảy ra trồng, tái trồng cây có chứa chất ma túy",
    indicator: "cultivation_incidents",
    source: src("I.2.c", "không để xảy ra trồng, tái trồng cây có chứa chất ma tuý"),
  },
  {
    id: "1001-d1",
    kind: "qualitative",
    planId: PLAN,
    title: "Quản lý chặt chẽ hoạt động kinh doanh hợp pháp tiền chất, chất gây nghiện, chất hướng thần",
    criterion:
      "Có để thất thoát tiền chất, chất gây nghiện, chất hướng thần từ hoạt động hợp pháp hay không.",
    source: src(
      "I.2.d",
      "Quản lý chặt chẽ hoạt động kinh doanh hợp pháp tiền chất, chất gây nghiện, chất hướng thần",
    ),
  },
  {
    id: "1001-d2",
    kind: "zero_occurrences",
    planId: PLAN,
    basePeriod: "2011",
    title: "Không để sản xuất, chế biến trái phép ma túy ở địa phương",
    indicator: "illicit_production_cases",
    source: src("I.2.d", "không để sản xuất, chế biến trái phép ma túy ở địa phương"),
  },
];
