import type { DocumentBundle } from "../../model/bundle.js";
import { COMPONENTS_424 } from "../national-424/components.js";
import { projects000 } from "./projects.js";

const PLAN = "hue-2020-tong-ket";
const CA = "Công an tỉnh";
const UNITS = "Các sở, ban, ngành đoàn thể và Ủy ban nhân dân các huyện, thị xã, thành phố Huế";

/** Seed 000: Thừa Thiên Huế's plan for the closing review of the 2020 programme, and its outline. */
export const seed000: DocumentBundle = {
  documents: [
    {
      id: PLAN,
      kind: "plan",
      issuer: "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
      issuerKind: "people_committee",
      scopeUnitCode: "46",
      title: "Kế hoạch tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020",
      implements: ["kh-483-ubqg-2019", "kh-147-ubnd-hue-2017"],
      seed: "000",
    },
  ],
  plans: [
    {
      id: PLAN,
      kind: "review_plan",
      title: "Kế hoạch tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020",
      span: "2017-01-01/2020-06-30",
      objectives: [
        {
          clause: "I.1",
          title:
            "Tổng kết đánh giá toàn diện, sâu sắc việc triển khai thực hiện Chương trình phòng, chống ma túy đến năm 2020",
        },
        {
          clause: "I.2",
          title: "Rút ra những bài học kinh nghiệm; đề xuất nội dung, giải pháp cho giai đoạn tiếp theo",
        },
        {
          clause: "I.3",
          title: "Bám sát các mục tiêu, nhiệm vụ, giải pháp và nội dung các Đề án, Dự án trong Chương trình",
        },
      ],
      reviewContent: [
        { clause: "II.1", title: "Đánh giá khái quát tình hình tội phạm và tệ nạn ma túy" },
        {
          clause: "II.2",
          title: "Đánh giá việc tổ chức chỉ đạo, triển khai thực hiện, quản lý điều hành Chương trình",
        },
        {
          clause: "II.3",
          title: "Đánh giá kết quả thực hiện các nhiệm vụ trọng tâm và giải pháp chủ yếu",
          items: [
            "Công tác điều hành, chỉ đạo thực hiện toàn diện công tác phòng, chống ma túy.",
            "Nâng cao năng lực, hiệu quả đấu tranh chống tội phạm ma túy.",
            "Đổi mới và nâng cao hiệu quả công tác điều trị, cai nghiện ma túy.",
            "Nâng cao hiệu quả hợp tác quốc tế về phòng, chống ma túy.",
          ],
        },
        { clause: "II.4", title: "Đánh giá kết quả triển khai thực hiện các Đề án, Dự án Chương trình" },
        {
          clause: "II.5",
          title: "Tổng hợp, đánh giá kết quả huy động, sử dụng, phân bổ kinh phí thực hiện Chương trình",
        },
        {
          clause: "II.6",
          title:
            "Đối chiếu với các mục tiêu của Chương trình: ưu điểm, tồn tại, hạn chế, nguyên nhân, khó khăn, vướng mắc",
          targetIds: [
            "424nat-1",
            "424nat-2",
            "424nat-3",
            "424nat-4",
            "424nat-5",
            "424nat-6a",
            "424nat-6",
            "424nat-6c",
            "424nat-6d",
            "424nat-6e",
            "424nat-7a",
            "424nat-7b",
          ],
        },
        { clause: "II.7", title: "Kiến nghị, đề xuất" },
        {
          clause: "II.8",
          title: "Đề xuất các mục tiêu, nội dung, giải pháp chủ yếu cho giai đoạn tiếp theo",
        },
      ],
    },
  ],
  projects: projects000(COMPONENTS_424),
  assignments: [
    {
      id: `${PLAN}.thuong-truc`,
      planId: PLAN,
      clause: "III.3",
      lead: `${CA} - Cơ quan thường trực phòng, chống ma túy`,
      coordinating: ["Các đơn vị liên quan"],
      duties: [
        "Tham mưu UBND tỉnh tổng kết, đánh giá việc thực hiện Chương trình",
        "Tổ chức các đoàn kiểm tra, khảo sát, đánh giá kết quả thực hiện Chương trình",
        "Tổ chức Hội nghị theo đúng tiến độ",
        "Theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch",
      ],
    },
    {
      id: `${PLAN}.don-vi`,
      planId: PLAN,
      clause: "III.2",
      lead: UNITS,
      duties: [
        "Tổng kết, đánh giá kết quả thực hiện theo chức năng, nhiệm vụ được phân công; gửi báo cáo về Công an tỉnh",
      ],
    },
  ],
  fundingSources: [
    {
      id: `${PLAN}.kinh-phi-chi-dao`,
      planId: PLAN,
      clause: "III.4",
      name: "Kinh phí chỉ đạo phòng chống ma túy",
      kind: "recurrent_budget",
    },
  ],
  campaigns: [
    {
      id: "r-000",
      planId: PLAN,
      title: "Tổng kết thực hiện Chương trình phòng, chống ma túy đến năm 2020",
      kind: "closing_review",
      outlineId: "tong-ket-ctpcmt-2020",
      dataWindow: "2017-01-01/2020-06-30",
      standingAgency: CA,
      inspections: [
        {
          when: "2020-06",
          by: "Các đoàn kiểm tra",
          what: "Kiểm tra đánh giá công tác triển khai thực hiện Chương trình tại một số sở, ngành, địa phương",
        },
      ],
      deadlines: [
        {
          id: "r-000.don-vi",
          due: "2020-06-15",
          from: UNITS,
          to: `${CA} (số 27 Trần Cao Vân)`,
          what: "Báo cáo tổng kết",
          clause: "III.2",
        },
        {
          id: "r-000.tinh",
          due: "2020-07-10",
          from: "Ủy ban nhân dân tỉnh",
          to: "Bộ Công an",
          what: "Báo cáo chung của UBND tỉnh",
          clause: "III.1",
        },
      ],
      conferences: [
        {
          when: "2020-08",
          organiser: "Ủy ban nhân dân tỉnh (Công an tỉnh tham mưu)",
          what: "Hội nghị tổng kết, đánh giá thực hiện Chương trình (dự kiến)",
          clause: "III.1",
        },
      ],
    },
  ],
};
