import type { DocumentBundle } from "../../model/bundle.js";
import { ASSIGNMENTS_001 } from "./assignments.js";
import { PLAN_001 } from "./plan.js";
import { TARGETS_001 } from "./targets.js";

const PLAN = "kh-chien-luoc-1001";
const STANDING = "Thường trực BCĐ PCTP tỉnh (Văn phòng Công an tỉnh)";

/** Seed 001: a border province's plan for Strategy 1001/QĐ-TTg. */
export const seed001: DocumentBundle = {
  documents: [
    {
      id: PLAN,
      kind: "plan",
      issuer: "Ủy ban nhân dân tỉnh",
      scopeNote:
        "Một tỉnh giáp biên giới Campuchia (đối diện tỉnh Ratanakiri); văn bản không nêu tên tỉnh, nên không gán mã đơn vị.",
      title: PLAN_001.title,
      implements: ["qd-1001-2011"],
      seed: "001",
    },
  ],
  plans: [PLAN_001],
  targets: TARGETS_001,
  assignments: ASSIGNMENTS_001,
  fundingSources: [
    {
      id: `${PLAN}.nk-tw`,
      planId: PLAN,
      clause: "II.2.5.a",
      name: "Nguồn của Trung ương",
      kind: "central_budget",
    },
    { id: `${PLAN}.nk-tinh`, planId: PLAN, clause: "II.2.5.a", name: "Nguồn của tỉnh", kind: "local_budget" },
    {
      id: `${PLAN}.nk-xh`,
      planId: PLAN,
      clause: "II.2.5.a",
      name: "Các tổ chức, doanh nghiệp trong và ngoài nước, toàn dân",
      kind: "social",
    },
    { id: `${PLAN}.quy`, planId: PLAN, clause: "II.2.5.b", name: "Quỹ phòng, chống ma tuý", kind: "fund" },
  ],
  campaigns: [
    {
      id: "r-001",
      planId: PLAN,
      title: "Báo cáo kết quả thực hiện Chiến lược phòng, chống và kiểm soát ma tuý hằng năm",
      kind: "periodic",
      outlineId: null,
      dataWindow: "2011-01-01/2020-12-31",
      dataWindowStated: false,
      standingAgency: STANDING,
      deadlines: [
        {
          id: "r-001.ke-hoach",
          due: "2011-09-30",
          from: "Các sở, ngành, đoàn thể, địa phương",
          to: STANDING,
          what: "Kế hoạch cụ thể thực hiện Chiến lược",
          clause: "IV.1",
        },
      ],
      schedules: [
        {
          id: "r-001.hang-nam",
          frequency: "year",
          dueDay: "12-05",
          from: "Các sở, ngành, đoàn thể, địa phương",
          to: STANDING,
          what: "Báo cáo kết quả thực hiện Chiến lược (để tổng hợp báo cáo Chính phủ, Tỉnh uỷ, HĐND tỉnh)",
          clause: "IV.2",
        },
      ],
      notes: [
        "Kế hoạch không nêu khung số liệu: mỗi kỳ báo cáo năm bao phủ số liệu của năm đó; danh mục chọn cả giai đoạn 2011–2020 làm khung của đợt báo cáo.",
        "Văn bản đánh số phần “Tổ chức thực hiện” là III (trùng số với “Phân công trách nhiệm”); danh mục dùng IV.",
      ],
    },
  ],
};
