import type { AssignmentInput } from "../../model/agency.js";
import { assignmentBuilder } from "../assignment-builder.js";

const PLAN = "kh-chien-luoc-1001";
const a = assignmentBuilder(PLAN, "III");

/** Phân công trách nhiệm (III.1–13). */
export const ASSIGNMENTS_001: readonly AssignmentInput[] = [
  a(1, "Công an tỉnh", [
    "Nghiên cứu, cụ thể hoá Chiến lược của Chính phủ và các kế hoạch của Bộ Công an về phòng, chống ma tuý để tham mưu cho Tỉnh uỷ, UBND tỉnh",
    "Đôn đốc, hướng dẫn các sở, ngành, Uỷ ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch cụ thể thực hiện Chiến lược",
    "Chủ trì phối hợp với các sở, ngành tổ chức thực hiện các chương trình của Chiến lược",
    "Chủ trì kiểm tra việc thực hiện Chiến lược; tổ chức sơ kết, tổng kết",
  ]),
  a(
    2,
    "Sở Tài chính",
    [
      "Ban hành cơ chế, chính sách huy động nguồn lực; hướng dẫn quản lý, sử dụng kinh phí phòng, chống ma tuý",
    ],
    {
      coordinating: ["Sở Kế hoạch và Đầu tư", "Công an tỉnh"],
    },
  ),
  a(
    3,
    "Sở Kế hoạch và Đầu tư",
    ["Cân đối, bố trí nguồn ngân sách địa phương hỗ trợ các chương trình của Chiến lược; huy động nguồn vốn"],
    {
      coordinating: ["Sở Tài chính", "Công an tỉnh"],
    },
  ),
  a(
    4,
    "Sở Lao động - Thương binh và Xã hội",
    [
      "Hướng dẫn, tổ chức và quản lý công tác cai nghiện, giáo dục, dạy nghề cho người nghiện; tạo việc làm, tái hòa nhập cộng đồng cho người sau cai",
    ],
    {
      coordinating: ["Công an tỉnh", "Sở Y tế"],
    },
  ),
  a(
    5,
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    [
      "Kiểm soát chặt chẽ tuyến biên giới, cửa khẩu, ngăn chặn ma túy thẩm lậu từ Campuchia; phát hiện, nhổ bỏ cây trồng có chất ma tuý ở khu vực biên giới",
    ],
    {
      coordinating: ["Công an tỉnh", "Bộ Chỉ huy quân sự tỉnh"],
    },
  ),
  a(6, "Sở Y tế", [
    "Hướng dẫn các phương pháp, quy trình cai nghiện, chữa trị; xét nghiệm, xác định người nghiện ma tuý",
  ]),
  a(7, "Sở Giáo dục và Đào tạo", [
    "Tuyên truyền, giáo dục phòng, chống ma túy trong hệ thống trường học; không để ma tuý xâm nhập học đường",
  ]),
  a(8, "Sở Công thương", [
    "Quản lý, kiểm soát chặt chẽ tiền chất, không để tội phạm lợi dụng sản xuất, chế biến trái phép ma tuý",
  ]),
  a(9, "Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch", [
    "Chỉ đạo, hướng dẫn các cơ quan hữu quan thực hiện các giải pháp thông tin, tuyên truyền, giáo dục về phòng, chống ma túy",
  ]),
  a(
    10,
    "UBMTTQ Việt Nam tỉnh, các tổ chức thành viên, cơ quan Báo, Đài, các tổ chức xã hội - nghề nghiệp",
    ["Tuyên truyền công tác phòng, chống ma tuý; tham gia kiểm tra, giám sát việc thực hiện Chiến lược"],
    { requested: true },
  ),
  a(
    11,
    "Viện Kiểm sát nhân dân tỉnh và Tòa án nhân dân tỉnh",
    ["Đẩy mạnh công tác điều tra, truy tố, xét xử, thi hành án các vụ án về ma túy"],
    {
      coordinating: ["Công an tỉnh"],
      requested: true,
    },
  ),
  a(12, "Các sở, ngành khác", [
    "Chủ động có kế hoạch tổ chức thực hiện các nhiệm vụ, giải pháp của Chiến lược trong phạm vi chức năng",
  ]),
  a(13, "Ủy ban nhân dân các huyện, thị xã, thành phố", [
    "Có kế hoạch cụ thể chỉ đạo các ngành, chính quyền cơ sở thực hiện; bố trí ngân sách địa phương; vận động toàn dân tham gia",
  ]),
];
