import type { TargetChoice } from "../model/choice.js";

const REGISTERED_START = {
  value: "addicts_registered_previous",
  label: "Số người nghiện có hồ sơ quản lý đầu năm",
};
const REGISTERED_END = { value: "addicts_registered", label: "Số người nghiện có hồ sơ quản lý cuối năm" };

/** Where the seed text leaves the indicator or the denominator open; the first option is the default. */
export const TARGET_CHOICES: readonly TargetChoice[] = [
  {
    targetId: "1001-a1",
    field: "indicator",
    label: "Đếm số người nghiện nào",
    options: [
      { value: "addicts_registered", label: "Số người nghiện có hồ sơ quản lý" },
      { value: "addicts_estimated", label: "Tổng số người nghiện theo rà soát (gồm cả người chưa có hồ sơ)" },
    ],
  },
  {
    targetId: "1001-b2",
    field: "denominator",
    label: "Tỷ lệ trên tổng số nào",
    options: [
      { value: "addicts_registered", label: "Số người nghiện có hồ sơ quản lý" },
      { value: "addicts_estimated", label: "Tổng số người nghiện theo rà soát" },
    ],
  },
  {
    targetId: "424nat-6",
    field: "denominator",
    label: "Tỷ lệ trên số người nghiện lúc nào",
    options: [REGISTERED_START, REGISTERED_END],
  },
  {
    targetId: "424ct-3b",
    field: "denominator",
    label: "Tỷ lệ trên số người nghiện lúc nào",
    options: [REGISTERED_START, REGISTERED_END],
  },
  {
    targetId: "424ct-p1c",
    field: "denominator",
    label: "Tỷ lệ trên số vụ án nào",
    options: [
      { value: "major_cases_tried", label: "Số vụ án lớn đã đưa ra xét xử trong năm" },
      { value: "major_cases", label: "Tổng số vụ án lớn, đặc biệt phức tạp" },
    ],
  },
  {
    targetId: "424ct-p4b",
    field: "denominator",
    label: "20% của số xã nào",
    options: [
      { value: "communes_with_drugs_2015", label: "Số xã có ma túy năm 2015" },
      { value: "communes_total", label: "Tổng số xã, phường, thị trấn" },
    ],
  },
  {
    targetId: "424ct-l7",
    field: "denominator",
    label: "Tỷ lệ trên số người nào",
    options: [
      { value: "post_rehab_managed", label: "Số người bị quản lý sau cai nghiện" },
      { value: "addicts_registered", label: "Số người nghiện có hồ sơ quản lý" },
    ],
  },
];
