import type { AssignmentInput } from "../../model/agency.js";
import type { DocumentBundle } from "../../model/bundle.js";

const PLAN = "quang-ngai-so-ket-36";
const BTV = "Ban Thường vụ Tỉnh ủy";
const DUCA = "Đảng ủy Công an tỉnh";
const UNITS =
  "Các ban cán sự đảng, đảng đoàn; các cơ quan tham mưu, giúp việc Tỉnh ủy; các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy; Ban Thường vụ Tỉnh đoàn; Cục Hải quan tỉnh, Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh";

const focus = (slug: string, lead: string, duties: string[]): AssignmentInput => ({
  id: `${PLAN}.${slug}`,
  planId: PLAN,
  clause: "II.1.4",
  lead,
  duties,
});

/** Seed 003: Quảng Ngãi's plan for the 5-year review of Directive 36-CT/TW. */
export const seed003: DocumentBundle = {
  documents: [
    {
      id: PLAN,
      kind: "plan",
      issuer: "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
      issuerKind: "party_committee",
      scopeUnitCode: "51",
      title:
        "Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy",
      implements: ["kh-230-duca-2024", "ct-36-2019", "kh-227-tu-qng-2019"],
      seed: "003",
    },
  ],
  plans: [
    {
      id: PLAN,
      kind: "review_plan",
      title: "Kế hoạch sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW",
      span: "2019-12-15/2024-06-15",
      objectives: [
        {
          clause: "I.1",
          title:
            "Kiểm điểm, đánh giá khách quan, toàn diện việc tổ chức quán triệt và triển khai thực hiện Chỉ thị số 36-CT/TW",
        },
        {
          clause: "I.2",
          title: "Sơ kết thống nhất ở các cấp ủy, tổ chức đảng, từ cơ sở, có trọng tâm, trọng điểm",
        },
      ],
      reviewContent: [
        { clause: "II.1.1", title: "Công tác lãnh đạo, chỉ đạo thực hiện" },
        { clause: "II.1.2", title: "Kết quả triển khai thực hiện các nhiệm vụ, giải pháp" },
        {
          clause: "II.1.3",
          title:
            "Đánh giá chung những ưu điểm; tồn tại, hạn chế; khó khăn, vướng mắc; nguyên nhân; kiến nghị, đề xuất và phương hướng, nhiệm vụ",
        },
        {
          clause: "II.1.4",
          title: "Nội dung trọng tâm của các ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Tỉnh ủy",
        },
      ],
    },
  ],
  assignments: [
    focus("bcsd-ubnd", "Ban cán sự đảng Ủy ban nhân dân tỉnh", [
      "Đánh giá việc xây dựng chương trình, kế hoạch; huy động nguồn lực theo Kế hoạch số 157/KH-UBND và các Công văn 2067/UBND-NC, 575/UBND-NC, 2379/UBND-NC",
    ]),
    focus("duca", DUCA, [
      "Đánh giá vai trò hướng dẫn, đôn đốc thực hiện Chỉ thị số 36-CT/TW, Kế hoạch số 227-KH/TU; chức năng thường trực cho Ủy ban nhân dân tỉnh",
      "Theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch; tham mưu dự thảo báo cáo sơ kết của Ban Thường vụ Tỉnh ủy",
    ]),
    focus(
      "quan-su-bien-phong-hai-quan",
      "Đảng ủy Quân sự tỉnh, Đảng ủy Bộ đội Biên phòng tỉnh, Cục Hải quan tỉnh",
      [
        "Đánh giá hiệu quả phòng ngừa, đấu tranh, ngăn chặn mua bán, vận chuyển trái phép ma túy; cai nghiện tại các xã biên giới biển",
      ],
    ),
    focus("vks", "Ban cán sự đảng Viện kiểm sát nhân dân tỉnh", [
      "Đánh giá công tác truy tố các vụ án về ma túy, tương trợ tư pháp về hình sự",
    ]),
    focus("toa-an", "Ban cán sự đảng Tòa án nhân dân tỉnh", [
      "Đánh giá công tác xét xử các vụ án về ma túy; đưa vào cơ sở cai nghiện bắt buộc, kể cả người từ đủ 12 đến dưới 18 tuổi theo Pháp lệnh số 01/2022/UBTVQH15",
    ]),
    focus(
      "doan-the",
      "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Liên đoàn Lao động tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh; Ban Thường vụ Tỉnh đoàn",
      [
        "Đánh giá kết quả thực hiện các kế hoạch liên tịch, chương trình phối hợp; xây dựng mô hình phòng, chống ma túy",
      ],
    ),
    focus("bao-dai", "Báo Quảng Ngãi, Đài Phát thanh và Truyền hình tỉnh", [
      "Đánh giá kết quả công tác tuyên truyền phòng, chống ma túy",
    ]),
    {
      id: `${PLAN}.noi-chinh`,
      planId: PLAN,
      clause: "III.3",
      lead: "Ban Nội chính Tỉnh ủy",
      duties: [
        "Thẩm định dự thảo báo cáo sơ kết; xin ý kiến các Ủy viên Ban Thường vụ Tỉnh ủy; hoàn chỉnh, trình Thường trực Tỉnh ủy",
      ],
    },
  ],
  campaigns: [
    {
      id: "r-003",
      planId: PLAN,
      title: "Sơ kết 05 năm thực hiện Chỉ thị số 36-CT/TW",
      kind: "interim_review",
      outlineId: "so-ket-ct36-2024",
      dataWindow: "2019-12-15/2024-06-15",
      standingAgency: DUCA,
      deadlines: [
        {
          id: "r-003.co-so",
          due: "2024-06-17",
          from: UNITS,
          to: `${BTV} (qua ${DUCA})`,
          what: "Báo cáo sơ kết",
          clause: "II.2; III.1",
        },
        {
          id: "r-003.du-thao",
          due: "2024-06-21",
          from: DUCA,
          to: "Thường trực Tỉnh ủy (đồng gửi Ban Nội chính Tỉnh ủy)",
          what: "Dự thảo báo cáo sơ kết của Ban Thường vụ Tỉnh ủy",
          clause: "III.2",
        },
        {
          id: "r-003.tham-dinh",
          due: "2024-06-28",
          from: "Ban Nội chính Tỉnh ủy",
          to: "Thường trực Tỉnh ủy",
          what: "Dự thảo báo cáo đã thẩm định, hoàn chỉnh",
          clause: "III.3",
        },
        {
          id: "r-003.trung-uong",
          due: "2024-06-30",
          from: BTV,
          to: "Đảng ủy Công an Trung ương",
          what: "Báo cáo sơ kết",
          clause: "II.2",
        },
      ],
      conferences: [
        {
          organiser: BTV,
          what: "Hội nghị hoặc các hình thức sơ kết phù hợp, căn cứ tình hình thực tế",
          notAtLevels: ["commune", "district"],
          clause: "II.2",
        },
      ],
    },
  ],
};
