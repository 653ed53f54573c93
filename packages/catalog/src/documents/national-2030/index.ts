import type { DocumentBundle } from "../../model/bundle.js";
import { TARGETS_2030 } from "./targets.js";

const REF = "REFERENCES.md §4";

/** Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 and the documents around it. */
export const national2030: DocumentBundle = {
  documents: [
    {
      id: "luat-73-2021",
      kind: "law",
      reference: "73/2021/QH14",
      issuer: "Quốc hội",
      title: "Luật Phòng, chống ma túy (có hiệu lực từ 01/01/2022)",
      sourceNote: REF,
    },
    {
      id: "nd-116-2021",
      kind: "decree",
      reference: "116/2021/NĐ-CP",
      issuer: "Chính phủ",
      title:
        "Nghị định quy định chi tiết một số điều của Luật Phòng, chống ma túy về cai nghiện ma túy và quản lý sau cai nghiện",
      implements: ["luat-73-2021"],
      sourceNote: REF,
    },
    {
      id: "nq-163-2024",
      kind: "resolution",
      reference: "163/2024/QH15",
      date: "2024-11-27",
      issuer: "Quốc hội",
      title:
        "Nghị quyết về chủ trương đầu tư Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
      sourceNote: REF,
    },
    {
      id: "nq-50-cp-2025",
      kind: "resolution",
      reference: "50/NQ-CP",
      date: "2025-03-13",
      issuer: "Chính phủ",
      title: "Nghị quyết ban hành Kế hoạch thực hiện Nghị quyết số 163/2024/QH15",
      implements: ["nq-163-2024"],
      sourceNote: REF,
    },
    {
      id: "qd-7619-bca-2025",
      kind: "programme",
      reference: "7619/QĐ-BCA",
      date: "2025-09-08",
      issuer: "Bộ Công an",
      title: "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
      implements: ["nq-163-2024", "nq-50-cp-2025"],
      sourceNote: REF,
    },
    {
      id: "luat-120-2025",
      kind: "law",
      reference: "120/2025/QH15",
      date: "2025-12-10",
      issuer: "Quốc hội",
      title: "Luật Phòng, chống ma túy (thông qua ngày 10/12/2025, có hiệu lực từ 01/7/2026)",
      sourceNote: REF,
    },
    {
      id: "nq-202-2025",
      kind: "resolution",
      reference: "202/2025/QH15",
      date: "2025-06-12",
      issuer: "Quốc hội",
      title: "Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh",
      sourceNote: "REFERENCES.md §2",
    },
    {
      id: "qd-28-2025-ttg",
      kind: "decision",
      reference: "28/2025/QĐ-TTg",
      date: "2025-08-24",
      issuer: "Thủ tướng Chính phủ",
      title:
        "Quyết định quy định tiêu chí xác định tuyến, địa bàn trọng điểm, phức tạp về ma túy và địa bàn không có ma túy",
      sourceNote: "REFERENCES.md §3",
    },
  ],
  plans: [
    {
      id: "qd-7619-bca-2025",
      kind: "programme",
      title: "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
      span: "2025-01-01/2030-12-31",
      objectives: [
        {
          clause: "Mục tiêu đến năm 2030",
          title: "Các mục tiêu đã xác nhận",
          targetIds: TARGETS_2030.map((t) => t.id),
        },
      ],
    },
  ],
  targets: TARGETS_2030,
};
