import type { ProjectInput } from "../../model/plan.js";
import { PLAN_002_ID } from "./targets-objectives.js";

const CTMT_ANTT =
  "Chương trình mục tiêu “Đảm bảo trật tự an toàn giao thông, phòng cháy, chữa cháy, phòng, chống tội phạm và ma túy”";
const CA = "Công an thành phố";
const base = { planId: PLAN_002_ID } as const;

/** The nine projects and schemes Cần Thơ carries, each with its lead agency, targets and tasks. */
export const PROJECTS_002: readonly ProjectInput[] = [
  {
    ...base,
    id: "can-tho-424.da-luc-luong-chuyen-trach",
    kind: "project",
    componentOf: "c424-luc-luong-chuyen-trach",
    clause: "IV.1.g",
    title:
      "Hỗ trợ, nâng cao năng lực phòng, chống ma túy cho các lực lượng chuyên trách của Công an thành phố, Bộ Chỉ huy Quân sự thành phố, Cục Hải quan thành phố và năng lực xử lý án về ma túy của Viện Kiểm sát nhân dân, Tòa án nhân dân các cấp",
    lead: CA,
    coordinating: [
      "Viện Kiểm sát nhân dân thành phố",
      "Tòa án nhân dân thành phố",
      "Cục Hải quan thành phố",
      "Bộ Chỉ huy Quân sự thành phố",
    ],
    financedUnder: CTMT_ANTT,
    targetIds: ["424ct-p1a", "424ct-p1b", "424ct-p1c", "424ct-p1d"],
    tasks: [
      "Hỗ trợ sửa chữa, nâng cấp những công cụ chuyên dụng trong đấu tranh phòng, chống ma túy",
      "Hỗ trợ kinh phí điều tra, xử lý các vụ án ma túy",
      "Tăng cường năng lực; hỗ trợ nâng cao trình độ nghiệp vụ cho cán bộ ngành Tòa án, Viện Kiểm sát trong truy tố, xét xử án ma túy",
    ],
  },
  {
    ...base,
    id: "can-tho-424.da-dia-ban-trong-diem",
    kind: "project",
    componentOf: "c424-dia-ban-trong-diem",
    clause: "IV.1.g",
    title:
      "Nâng cao hiệu quả công tác phòng ngừa, phát hiện, đấu tranh, ngăn chặn các hành vi phạm tội về ma túy tại các địa bàn trọng điểm, phức tạp",
    lead: CA,
    financedUnder: CTMT_ANTT,
    objectives: [
      "Nâng tỷ lệ phát hiện, bắt giữ và xử lý tội phạm về ma túy, triệt xóa từ 5 - 10% số điểm mỗi năm",
    ],
    targetIds: ["424ct-p2a", "424ct-p2b", "424ct-p2c", "424ct-2c"],
    tasks: [
      "Chỉ đạo, điều hành, tổ chức thực hiện công tác phòng ngừa, phát hiện, đấu tranh, ngăn chặn các hành vi mua bán ma túy tại các địa bàn trọng điểm, phức tạp",
      "Triển khai các hoạt động nghiệp vụ, nắm bắt thông tin đối với các hành vi mua bán ma túy",
      "Hỗ trợ công tác điều tra, giám định các vụ án ma túy lớn; các đợt cao điểm; các kế hoạch triệt phá các điểm phức tạp về ma túy",
    ],
  },
  {
    ...base,
    id: "can-tho-424.da-canh-sat-dieu-tra",
    kind: "project",
    componentOf: "c424-canh-sat-dieu-tra",
    clause: "IV.1.g",
    title:
      "Nâng cao năng lực, phương tiện, thiết bị kỹ thuật nghiệp vụ cho lực lượng Cảnh sát điều tra tội phạm về ma túy",
    lead: CA,
    financedUnder: CTMT_ANTT,
    objectives: [
      "Nâng cao năng lực cho lực lượng Cảnh sát điều tra tội phạm về ma túy thông qua việc trang bị các phương tiện kỹ thuật phù hợp và hiện đại; nâng cao tỷ lệ phát hiện, bắt giữ tội phạm ma túy",
    ],
    targetIds: ["424ct-p3a"],
    tasks: [
      "Đầu tư trang bị phương tiện, thiết bị kỹ thuật nghiệp vụ phục vụ công tác chiến đấu",
      "Đầu tư trang bị mới các phương tiện kỹ thuật hiện đại",
      "Đầu tư trang thiết bị phục vụ công tác giám định, phát hiện chất ma túy tại các địa bàn trọng điểm",
    ],
  },
  {
    ...base,
    id: "can-tho-424.da-xa-phuong",
    kind: "project",
    componentOf: "c424-xa-phuong",
    clause: "IV.1.g",
    title: "Nâng cao hiệu quả phòng, chống ma túy tại xã, phường, thị trấn",
    lead: CA,
    financedUnder: CTMT_ANTT,
    objectives: [
      "Mỗi năm phấn đấu giảm hơn 1% số xã, phường, thị trấn có tệ nạn ma túy",
      "Hàng năm phấn đấu triệt xóa từ 5 - 10% số điểm phức tạp về ma túy",
      "Tổ chức triệt xóa 100% diện tích cây có chứa chất ma túy trồng trái phép phát hiện được",
    ],
    targetIds: ["424ct-p4a", "424ct-p4b", "424ct-p4c", "424ct-p4d", "424ct-p4e", "424ct-3c", "424ct-2c"],
    tasks: [
      "Tăng cường sự lãnh đạo của Đảng ủy và sự quản lý của Ủy ban nhân dân cấp xã",
      "Tuyên truyền, giáo dục; nâng cao năng lực cán bộ làm công tác phòng, chống ma túy tại xã, phường, thị trấn",
      "Rà soát, thống kê, phân loại người nghiện ma túy và lập hồ sơ quản lý",
      "Quản lý người nghiện, điều trị, cai nghiện ma túy và quản lý sau cai",
      "Phòng ngừa và đấu tranh với tội phạm về ma túy; không để hình thành điểm nóng về ma túy ở cơ sở",
      "Vận động nhân dân không trồng cây có chứa chất ma túy; phát hiện sớm và triệt xóa toàn bộ diện tích",
    ],
  },
  {
    ...base,
    id: "can-tho-424.da-cai-nghien",
    kind: "project",
    componentOf: "c424-cai-nghien",
    clause: "IV.2.c",
    title:
      "Nâng cao hiệu quả công tác cai nghiện và hỗ trợ cai nghiện ma túy, quản lý sau cai cho người nghiện ma túy",
    lead: "Sở Lao động - Thương binh và Xã hội",
    financedUnder: "Chương trình mục tiêu “Phát triển hệ thống trợ giúp xã hội”",
    objectives: [
      "Tăng cường khả năng tiếp cận các dịch vụ y tế, dạy nghề, việc làm",
      "100% cán bộ y tế công tác tại các cơ sở cai nghiện, điều trị nghiện ma túy có đủ văn bằng chứng chỉ theo quy định về điều trị nghiện",
      "100% cơ sở cai nghiện ma túy đa chức năng; cơ sở cai nghiện ma túy tự nguyện; điểm tư vấn, chăm sóc, hỗ trợ điều trị nghiện ma túy tại cộng đồng được đầu tư cơ sở vật chất, trang thiết bị phù hợp",
    ],
    targetIds: [
      "424ct-l1",
      "424ct-l2",
      "424ct-l3",
      "424ct-l3b",
      "424ct-l4",
      "424ct-l5",
      "424ct-l6",
      "424ct-l7",
      "424ct-l8",
      "424ct-l9",
    ],
    tasks: [
      "Xây dựng tiêu chuẩn định mức kinh tế - kỹ thuật của các loại hình cơ sở cai nghiện ma túy",
      "Rà soát, đầu tư, nâng cấp, chuyển đổi cơ sở cai nghiện ma túy theo Kế hoạch số 89/KH-UBND và Kế hoạch số 12/KH-UBND",
      "Thí điểm các mô hình cai nghiện phục hồi; mô hình học nghề, tìm việc làm cho người nghiện, người sau cai nghiện",
      "Nâng cao năng lực đội ngũ công chức, viên chức, nhân viên, cộng tác viên, đồng đẳng viên",
      "Ứng dụng công nghệ thông tin vào quản lý công tác cai nghiện ma túy",
      "Truyền thông, nâng cao nhận thức về dự phòng, điều trị, cai nghiện ma túy",
      "Kiểm tra, thanh tra, giám sát công tác cai nghiện ma túy tại các địa phương",
    ],
  },
  {
    ...base,
    id: "can-tho-424.de-an-truyen-thong",
    kind: "scheme",
    componentOf: "c424-truyen-thong",
    clause: "IV.4.c",
    title: "Truyền thông về phòng, chống ma túy trên các phương tiện thông tin đại chúng",
    lead: "Sở Thông tin và Truyền thông",
    objectives: [
      "Từ năm 2017, thông tin về phòng, chống ma túy được đăng tải trên các cơ quan báo chí được thường xuyên, liên tục",
    ],
    targetIds: ["424ct-t1", "424ct-t2", "424ct-t3", "424ct-t4", "424ct-t5"],
    tasks: [
      "Chỉ đạo các cơ quan thông tấn báo chí, hệ thống thông tin cơ sở đa dạng hóa các hình thức tuyên truyền",
      "Kiểm tra, giám sát, khen thưởng hoạt động thông tin tuyên truyền phòng, chống ma túy",
      "Xây dựng tiểu phẩm, ký sự, phóng sự, bài viết về phòng, chống ma túy",
      "Tập huấn cho phóng viên, cán bộ Sở Thông tin và Truyền thông, phòng Văn hóa và Thông tin, đài Phát thanh cơ sở",
    ],
  },
  {
    ...base,
    id: "can-tho-424.de-an-van-hoa",
    kind: "scheme",
    componentOf: "c424-van-hoa",
    clause: "IV.5.b",
    title:
      "Đẩy mạnh hoạt động thông tin, tuyên truyền về phòng, chống ma túy thông qua các hoạt động văn hóa, văn nghệ, thể thao tại các địa phương trọng điểm về ma túy",
    lead: "Sở Văn hóa, Thể thao và Du lịch",
    targetIds: ["424ct-v1", "424ct-v2"],
    tasks: [
      "Tổ chức các cuộc thi sáng tác tạo nguồn sản phẩm tuyên truyền",
      "Tổ chức hoạt động tuyên truyền tại các thiết chế văn hóa, điểm công cộng; thi đấu thể thao với chủ đề “Thể thao đẩy lùi ma túy”",
      "Nâng cao kỹ năng tuyên truyền cho cán bộ làm công tác văn hóa ở cơ sở",
    ],
  },
  {
    ...base,
    id: "can-tho-424.de-an-truong-hoc",
    kind: "scheme",
    componentOf: "c424-truong-hoc",
    clause: "IV.6.b",
    title:
      "Tăng cường năng lực phòng, chống ma túy trong trường học tại các khu vực phức tạp về tệ nạn ma túy",
    lead: "Sở Giáo dục và Đào tạo",
    targetIds: ["424ct-g1", "424ct-g2"],
    tasks: [
      "Đánh giá thực trạng tại các trường học thuộc khu vực phức tạp về ma túy",
      "Duy trì hoạt động của Câu lạc bộ “Tuổi trẻ phòng, chống ma túy”",
      "Tuyên truyền, giáo dục trực tiếp; bổ sung nội dung vào chương trình chính khóa",
      "Thí điểm thử ma túy nhanh trong học sinh, sinh viên tại một số trường",
    ],
  },
  {
    ...base,
    id: "can-tho-424.de-an-cong-nhan",
    kind: "scheme",
    componentOf: "c424-cong-nhan",
    clause: "IV.12",
    title: "Phòng, chống ma túy cho công nhân lao động tại các khu công nghiệp, khu chế xuất",
    lead: "Liên đoàn Lao động thành phố",
    coordinating: ["Các sở, ban ngành liên quan", CA],
    targetIds: ["424ct-w1", "424ct-w2"],
    tasks: [
      "Xây dựng kế hoạch, thực hiện kế hoạch liên tịch giữa các cấp Công đoàn với Công an cùng cấp",
      "Đoàn viên công đoàn, công nhân, viên chức lao động ký cam kết không vi phạm tệ nạn ma túy",
      "Truyền thông chuyển đổi hành vi; cấp phát tài liệu truyền thông tại các khu công nghiệp, khu chế xuất",
      "Xây dựng mô hình, nhân điển hình tiên tiến; sơ kết, tổng kết, nhân rộng mô hình",
    ],
  },
];
