import type { DocumentBundle } from "../../model/bundle.js";

const PLAN = "de-cuong-483-bca";

/** Seed 004: the outline for the review of addicts, users, post-rehab and hotspots (Kế hoạch 483/KH-BCA-C04). */
export const seed004: DocumentBundle = {
  documents: [
    {
      id: PLAN,
      kind: "outline",
      issuer: "Bộ Công an (Cục C04) / Công an tỉnh",
      issuerKind: "police",
      title:
        "Đề cương báo cáo kết quả công tác rà soát, phát hiện, thống kê, quản lý người nghiện ma tuý, người sử dụng trái phép chất ma túy, người bị quản lý sau cai nghiện ma tuý và đấu tranh, triệt xoá điểm, tụ điểm phức tạp về ma tuý",
      implements: ["dm-483-bca-2024", "kh-483-bca-2024"],
      uses: ["hd-689-c04-2023"],
      seed: "004",
      sourceNote:
        "Kèm theo Điện mật (số để trống) tháng 10 năm 2024 về việc thực hiện Kế hoạch số 483/KH-BCA-C04.",
      interpretations: [
        "Cơ quan ban hành đề cương không ghi trong văn bản: danh mục hiểu là Bộ Công an (Cục C04) gửi Công an tỉnh, theo Kế hoạch 483/KH-BCA-C04 mà đề cương kèm theo.",
      ],
    },
  ],
  plans: [
    {
      id: PLAN,
      kind: "outline",
      title:
        "Đề cương báo cáo rà soát người nghiện, người sử dụng trái phép chất ma túy và điểm, tụ điểm phức tạp về ma túy",
      span: "2024-10-07/2025-05-30",
      reviewContent: [
        { clause: "I", title: "Đặc điểm tình hình có liên quan" },
        {
          clause: "II.2.1",
          title:
            "Rà soát, thống kê người sử dụng trái phép chất ma túy, người nghiện ma túy, người bị quản lý sau cai nghiện",
        },
        {
          clause: "II.2.2",
          title: "Rà soát, thống kê điểm, tụ điểm phức tạp về ma túy (theo Hướng dẫn 689/HD-C04-P4)",
        },
        {
          clause: "II.3",
          title: "Công tác quản lý người sử dụng, người nghiện, người quản lý sau cai nghiện",
        },
        { clause: "II.4", title: "Kết quả đấu tranh, giải quyết điểm, tụ điểm phức tạp về ma túy" },
        { clause: "II.5", title: "Kết quả công tác phối hợp" },
      ],
    },
  ],
  campaigns: [
    {
      id: "r-004",
      planId: PLAN,
      title: "Sơ kết giai đoạn 1 và tổng kết giai đoạn 2 thực hiện Kế hoạch số 483/KH-BCA-C04",
      kind: "statistical_review",
      outlineId: "ra-soat-nghien-diem-2024",
      dataWindow: "2024-10-07/2025-05-30",
      dataWindowStated: false,
      standingAgency: "Công an tỉnh",
      interpretations: [
        "Đề cương không nêu ai gửi báo cáo và gửi ai: danh mục hiểu là Công an tỉnh gửi Bộ Công an (qua C04, V01), như Kế hoạch 483/KH-BCA-C04 giao.",
      ],
      deadlines: [
        {
          id: "r-004.giai-doan-1",
          due: "2024-11-30",
          from: "Công an tỉnh",
          to: "Bộ Công an (qua C04, V01)",
          what: "Sơ kết giai đoạn 1",
          clause: "V",
        },
        {
          id: "r-004.giai-doan-2",
          due: "2025-05-30",
          from: "Công an tỉnh",
          to: "Bộ Công an (qua C04, V01)",
          what: "Tổng kết giai đoạn 2",
          clause: "V",
        },
      ],
      notes: [
        "Đề cương không nêu mốc thời gian số liệu; danh mục lấy từ ngày ban hành Kế hoạch 483/KH-BCA-C04 (07/10/2024) đến hạn tổng kết (30/5/2025). Người dùng có thể đổi.",
        "Phần cuối của tệp gốc là bản sao lỗi mã hóa (chữ bị thay bằng “?”), không được nhập làm nội dung.",
      ],
    },
  ],
};
