import type { ProjectInput } from "../../model/plan.js";

const PLAN = "qd-424-2017";
const CLAUSE = "Kế hoạch tổng kết (seed 000), II.4";
const LEAD = "Bộ, ngành chủ trì theo Quyết định 424/QĐ-TTg";

/**
 * The ten projects and schemes of the 2020 programme, as seed 000 §II.4 names them. The national lead
 * ministries are not in the seeds; each unit's copy (Huế, Cần Thơ) names its own lead agency.
 */
const TITLES: readonly Pick<ProjectInput, "id" | "kind" | "title">[] = [
  {
    id: "c424-luc-luong-chuyen-trach",
    kind: "project",
    title:
      "Hỗ trợ, nâng cao năng lực phòng, chống ma túy cho các lực lượng chuyên trách của lực lượng Công an, Biên phòng, Hải quan và năng lực xử lý án về ma túy của Viện Kiểm sát nhân dân, Tòa án nhân dân các cấp",
  },
  {
    id: "c424-dia-ban-trong-diem",
    kind: "project",
    title:
      "Nâng cao hiệu quả công tác phòng ngừa, phát hiện, đấu tranh, ngăn chặn các hành vi phạm tội về ma túy tại các địa bàn trọng điểm, phức tạp",
  },
  {
    id: "c424-canh-sat-dieu-tra",
    kind: "project",
    title:
      "Nâng cao năng lực, phương tiện, thiết bị kỹ thuật nghiệp vụ cho lực lượng Cảnh sát điều tra tội phạm về ma túy",
  },
  {
    id: "c424-xa-phuong",
    kind: "project",
    title: "Nâng cao hiệu quả phòng, chống ma túy tại xã, phường, thị trấn",
  },
  {
    id: "c424-cai-nghien",
    kind: "project",
    title:
      "Nâng cao hiệu quả công tác cai nghiện và hỗ trợ cai nghiện ma túy, quản lý sau cai cho người nghiện ma túy",
  },
  {
    id: "c424-truyen-thong",
    kind: "scheme",
    title: "Truyền thông về phòng, chống ma túy trên các phương tiện thông tin đại chúng",
  },
  {
    id: "c424-van-hoa",
    kind: "scheme",
    title:
      "Đẩy mạnh hoạt động thông tin, tuyên truyền về phòng, chống ma túy thông qua các hoạt động văn hóa, văn nghệ, thể thao tại các địa phương trọng điểm về ma túy",
  },
  {
    id: "c424-truong-hoc",
    kind: "scheme",
    title:
      "Tăng cường năng lực phòng, chống ma túy trong trường học tại các khu vực phức tạp về tệ nạn ma túy",
  },
  {
    id: "c424-quoc-phong",
    kind: "project",
    title:
      "Tăng cường lực lượng, nâng cao năng lực; sửa chữa, trang bị, nâng cấp phương tiện chuyên dụng cho các đơn vị thực hiện nhiệm vụ phòng, chống ma túy thuộc Bộ Quốc phòng",
  },
  {
    id: "c424-cong-nhan",
    kind: "scheme",
    title: "Phòng, chống ma túy cho công nhân lao động tại các khu công nghiệp, khu chế xuất",
  },
];

export const COMPONENTS_424: readonly ProjectInput[] = TITLES.map((c) => ({
  ...c,
  planId: PLAN,
  clause: CLAUSE,
  lead: LEAD,
}));
