import type { DocumentBundle } from "../../model/bundle.js";
import { ASSIGNMENTS_002 } from "./assignments.js";
import { PLAN_002 } from "./plan.js";
import { PROJECTS_002 } from "./projects.js";
import { OBJECTIVE_TARGETS_002, PLAN_002_ID } from "./targets-objectives.js";
import { POLICE_PROJECT_TARGETS_002 } from "./targets-police.js";
import { SECTOR_PROJECT_TARGETS_002 } from "./targets-sectors.js";

const CA = "Công an thành phố";
const FROM = "Các sở, ban ngành có liên quan và Ủy ban nhân dân quận, huyện";

/** Seed 002: Cần Thơ's plan for Quyết định 424/QĐ-TTg. */
export const seed002: DocumentBundle = {
  documents: [
    {
      id: PLAN_002_ID,
      kind: "plan",
      issuer: "Ủy ban nhân dân thành phố Cần Thơ",
      scopeUnitCode: "92",
      title: PLAN_002.title,
      implements: ["qd-424-2017"],
      seed: "002",
    },
  ],
  plans: [PLAN_002],
  targets: [...OBJECTIVE_TARGETS_002, ...POLICE_PROJECT_TARGETS_002, ...SECTOR_PROJECT_TARGETS_002],
  projects: PROJECTS_002,
  assignments: ASSIGNMENTS_002,
  fundingSources: [
    {
      id: `${PLAN_002_ID}.ctmt-antt`,
      planId: PLAN_002_ID,
      clause: "V.4",
      name: "Chương trình mục tiêu “Đảm bảo trật tự an toàn giao thông, phòng cháy, chữa cháy, phòng, chống tội phạm và ma túy”",
      kind: "target_programme",
      managedBy: CA,
    },
    {
      id: `${PLAN_002_ID}.ctmt-tro-giup-xa-hoi`,
      planId: PLAN_002_ID,
      clause: "V.4",
      name: "Chương trình mục tiêu “Phát triển hệ thống trợ giúp xã hội”",
      kind: "target_programme",
      managedBy: "Sở Lao động - Thương binh và Xã hội",
    },
    {
      id: `${PLAN_002_ID}.su-nghiep`,
      planId: PLAN_002_ID,
      clause: "V.4",
      name: "Kinh phí sự nghiệp do ngân sách nhà nước đảm bảo, bố trí vào dự toán ngân sách hàng năm của các sở, ban ngành chủ trì các Đề án, Dự án",
      kind: "recurrent_budget",
    },
    {
      id: `${PLAN_002_ID}.dia-phuong`,
      planId: PLAN_002_ID,
      clause: "V.4",
      name: "Ngân sách địa phương",
      kind: "local_budget",
    },
    {
      id: `${PLAN_002_ID}.khac`,
      planId: PLAN_002_ID,
      clause: "V.4",
      name: "Các nguồn hỗ trợ hợp pháp khác",
      kind: "other",
    },
  ],
  campaigns: [
    {
      id: "r-002",
      planId: PLAN_002_ID,
      title:
        "Báo cáo định kỳ (6 tháng và hàng năm), sơ kết giữa kỳ (năm 2018) và tổng kết Kế hoạch thực hiện Chương trình",
      kind: "periodic",
      outlineId: null,
      dataWindow: "2017-01-01/2020-12-31",
      dataWindowStated: false,
      standingAgency: CA,
      deadlines: [
        {
          id: "r-002.so-ket",
          duePeriod: "2018",
          before: false,
          from: FROM,
          to: CA,
          what: "Báo cáo sơ kết giữa kỳ",
          clause: "V.2",
        },
        {
          id: "r-002.tong-ket-don-vi",
          duePeriod: "2020",
          before: false,
          from: FROM,
          to: CA,
          what: "Báo cáo tổng kết",
          clause: "V.2",
        },
        {
          id: "r-002.tong-ket",
          duePeriod: "2020",
          before: false,
          from: CA,
          to: "Ủy ban nhân dân thành phố",
          what: "Tham mưu tổ chức tổng kết Kế hoạch thực hiện Chương trình",
          clause: "V.3",
        },
      ],
      schedules: [
        {
          id: "r-002.6-thang",
          frequency: "half_year",
          from: FROM,
          to: CA,
          what: "Báo cáo định kỳ 6 tháng",
          clause: "V.2",
        },
        {
          id: "r-002.hang-nam",
          frequency: "year",
          from: FROM,
          to: CA,
          what: "Báo cáo định kỳ hàng năm",
          clause: "V.2",
        },
        {
          id: "r-002.quan-huyen",
          frequency: "half_year",
          from: "Ủy ban nhân dân quận, huyện",
          to: CA,
          copyTo: ["Sở Kế hoạch và Đầu tư", "Sở Tài chính"],
          what: "Báo cáo tình hình thực hiện các chỉ tiêu, mục tiêu, nhiệm vụ của Chương trình thuộc thẩm quyền quản lý",
          clause: "IV.14.d",
        },
        {
          id: "r-002.chinh-phu",
          frequency: "year",
          from: "Ủy ban nhân dân thành phố",
          to: "Chính phủ",
          what: "Báo cáo tổng hợp (Công an thành phố tham mưu)",
          clause: "V.2",
        },
      ],
      notes: [
        "Kế hoạch không nêu ngày cụ thể cho các kỳ báo cáo; hạn theo quy định chung.",
        "Kế hoạch không nêu khung số liệu: danh mục chọn cả giai đoạn 2017–2020 của Chương trình.",
        "Sơ kết giữa kỳ trong năm 2018 và tổng kết trong năm 2020 (“sơ kết giữa kỳ (năm 2018)”, “tổng kết … vào năm 2020”), không phải hạn “trước” một ngày.",
        "Báo cáo của Ủy ban nhân dân quận, huyện gửi cả Sở Kế hoạch và Đầu tư, Sở Tài chính (IV.14.d); kỳ 6 tháng theo V.2.",
      ],
    },
  ],
};
