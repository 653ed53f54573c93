import type { AssignmentInput } from "../../model/agency.js";
import { assignmentBuilder } from "../assignment-builder.js";
import { PLAN_002_ID } from "./targets-objectives.js";

const a = assignmentBuilder(PLAN_002_ID, "IV");

/** Phân công trách nhiệm (IV.1–15). */
export const ASSIGNMENTS_002: readonly AssignmentInput[] = [
  a(
    1,
    "Công an thành phố",
    [
      "Chủ trì, phối hợp xây dựng, tổ chức triển khai hướng dẫn thực hiện các Đề án, Dự án thuộc Chương trình",
      "Phối hợp triển khai công tác tuyên truyền về phòng, chống ma túy",
      "Phối hợp hướng dẫn nội dung và chế độ chi tiêu phù hợp với Chương trình",
      "Đôn đốc, kiểm tra, giám sát tình hình thực hiện Kế hoạch",
      "Hướng dẫn Ủy ban nhân dân quận, huyện báo cáo tình hình thực hiện Kế hoạch",
      "Tổng hợp tình hình thực hiện Kế hoạch, xây dựng các báo cáo kết quả thực hiện",
      "Chủ trì tổ chức triển khai thực hiện các dự án trong Chương trình thuộc chức năng của Công an thành phố",
    ],
    {
      coordinating: [
        "Sở Thông tin và Truyền thông",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Giáo dục và Đào tạo",
        "Sở Tài chính",
        "Sở Kế hoạch và Đầu tư",
      ],
      projectIds: [
        "can-tho-424.da-luc-luong-chuyen-trach",
        "can-tho-424.da-dia-ban-trong-diem",
        "can-tho-424.da-canh-sat-dieu-tra",
        "can-tho-424.da-xa-phuong",
      ],
    },
  ),
  a(
    2,
    "Sở Lao động - Thương binh và Xã hội",
    [
      "Dự phòng nghiện ma túy, cai nghiện ma túy và quản lý sau cai nghiện",
      "Giáo dục, dạy nghề, tạo việc làm, tái hòa nhập cộng đồng cho các đối tượng đã cai nghiện",
      "Chủ trì Dự án “Nâng cao hiệu quả công tác cai nghiện và hỗ trợ cai nghiện ma túy, quản lý sau cai cho người nghiện ma túy”",
    ],
    { projectIds: ["can-tho-424.da-cai-nghien"] },
  ),
  a(3, "Sở Y tế", [
    "Nghiên cứu và ứng dụng các thuốc, phương pháp y học và phác đồ điều trị nghiện ma túy",
    "Đào tạo, cấp chứng chỉ cho cán bộ có thẩm quyền xác định tình trạng nghiện ma túy",
    "Chỉ đạo triển khai thực hiện Chương trình điều trị thay thế bằng thuốc Methadone",
    "Thí điểm và từng bước mở rộng chương trình điều trị phục hồi cho bệnh nhân điều trị thay thế bằng thuốc Methadone",
    "Thanh tra, kiểm tra việc quản lý, sử dụng thuốc gây nghiện, thuốc hướng tâm thần và tiền chất dùng làm thuốc",
    "Tham gia xây dựng, phê duyệt, quản lý và tổ chức triển khai thực hiện nội dung, nhiệm vụ các Đề án, Dự án có liên quan",
  ]),
  a(
    4,
    "Sở Thông tin và Truyền thông",
    [
      "Chỉ đạo công tác thông tin, truyền thông và giáo dục phòng, chống ma túy",
      "Chỉ đạo phối hợp, lồng ghép đồng bộ công tác truyền thông phòng, chống ma túy với truyền thông về các chương trình kinh tế - xã hội khác trên địa bàn thành phố",
      "Chủ trì Đề án “Truyền thông về phòng, chống ma túy trên các phương tiện thông tin đại chúng”",
    ],
    { projectIds: ["can-tho-424.de-an-truyen-thong"] },
  ),
  a(
    5,
    "Sở Văn hóa, Thể thao và Du lịch",
    [
      "Tuyên truyền phòng, chống ma túy trong các hoạt động văn hóa, văn nghệ, thể dục thể thao",
      "Chủ trì Đề án “Đẩy mạnh hoạt động thông tin, tuyên truyền về phòng, chống ma túy thông qua các hoạt động văn hóa, văn nghệ, thể thao tại các địa phương trọng điểm về ma túy”",
    ],
    { projectIds: ["can-tho-424.de-an-van-hoa"] },
  ),
  a(
    6,
    "Sở Giáo dục và Đào tạo",
    [
      "Chỉ đạo thống nhất và đồng bộ công tác phòng, chống ma túy trong trường học",
      "Chủ trì Đề án “Tăng cường năng lực phòng, chống ma túy trong trường học tại các khu vực phức tạp về tệ nạn ma túy”",
    ],
    { projectIds: ["can-tho-424.de-an-truong-hoc"] },
  ),
  a(
    7,
    "Sở Công Thương",
    [
      "Xây dựng các kế hoạch kiểm soát việc nhập khẩu, xuất khẩu tiền chất",
      "Theo dõi, quản lý và kiểm soát chặt chẽ việc bảo quản, sử dụng các hóa chất là tiền chất",
    ],
    { coordinating: ["Công an thành phố", "Cục Hải quan"] },
  ),
  a(
    8,
    "Văn phòng Ủy ban nhân dân thành phố",
    [
      "Tham mưu Ủy ban nhân dân thành phố chỉ đạo, kiểm tra, đôn đốc, theo dõi việc thực hiện Kế hoạch",
      "Tham mưu chỉ đạo phối hợp liên ngành về phòng, chống ma túy",
    ],
    { coordinating: ["Công an thành phố"] },
  ),
  a(
    9,
    "Sở Kế hoạch và Đầu tư",
    [
      "Đề xuất giao kế hoạch vốn đầu tư hàng năm cho các dự án phòng, chống ma túy theo kế hoạch đầu tư công trung hạn 2016 - 2020",
      "Thông báo cho các cơ quan thực hiện Chương trình xây dựng kế hoạch hàng năm",
    ],
    { coordinating: ["Sở Tài chính"] },
  ),
  a(
    10,
    "Sở Tài chính",
    [
      "Phân bổ kinh phí của Chương trình theo nhiệm vụ và mục tiêu",
      "Tổng hợp phương án phân bổ kinh phí vào dự toán ngân sách hàng năm; cấp phát kinh phí",
      "Hướng dẫn việc quản lý, sử dụng kinh phí thực hiện Chương trình",
      "Kiểm tra, giám sát tình hình sử dụng kinh phí Chương trình",
    ],
    { coordinating: ["Công an thành phố"] },
  ),
  a(11, "Các sở, ban ngành còn lại", [
    "Tham gia xây dựng, triển khai thực hiện nội dung Kế hoạch trong phạm vi nhiệm vụ được giao",
  ]),
  a(
    12,
    "Liên đoàn Lao động thành phố",
    ["Chủ trì Đề án “Phòng, chống ma túy cho công nhân lao động tại các khu công nghiệp, khu chế xuất”"],
    {
      requested: true,
      coordinating: ["Các sở, ban ngành liên quan"],
      projectIds: ["can-tho-424.de-an-cong-nhan"],
    },
  ),
  a(
    13,
    "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức thành viên",
    [
      "Tham gia thực hiện Chương trình gắn với cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”",
      "Phối hợp kiểm tra, giám sát các hoạt động phòng, chống ma túy tại cộng đồng",
    ],
    { requested: true },
  ),
  a(14, "Ủy ban nhân dân quận, huyện", [
    "Xây dựng kế hoạch, xác định chỉ tiêu, mục tiêu, nhiệm vụ của Chương trình hàng năm và cả giai đoạn",
    "Quản lý, huy động và lồng ghép các nguồn lực; bố trí kinh phí địa phương",
    "Thẩm định, phê duyệt và tổ chức thực hiện các chương trình, dự án do địa phương quản lý",
    "Kiểm tra, giám sát; báo cáo Công an thành phố, Sở Kế hoạch và Đầu tư, Sở Tài chính",
  ]),
  a(
    15,
    "Viện Kiểm sát nhân dân thành phố và Tòa án nhân dân thành phố",
    [
      "Thực hiện các Quy chế, Chương trình, Kế hoạch phối hợp công tác trong phòng, chống ma túy",
      "Phối hợp với Công an thành phố xây dựng, triển khai Dự án hỗ trợ, nâng cao năng lực lực lượng chuyên trách",
    ],
    { requested: true, coordinating: ["Công an thành phố"] },
  ),
];
