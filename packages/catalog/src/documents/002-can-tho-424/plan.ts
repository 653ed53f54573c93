import type { PlanInput } from "../../model/plan.js";
import { PLAN_002_ID } from "./targets-objectives.js";

/** Seed 002: Cần Thơ's plan for the 2020 programme (objectives, key tasks, main solutions). */
export const PLAN_002: PlanInput = {
  id: PLAN_002_ID,
  kind: "implementation_plan",
  title:
    "Kế hoạch triển khai thực hiện Quyết định số 424/QĐ-TTg ngày 07 tháng 4 năm 2017 của Thủ tướng Chính phủ phê duyệt Chương trình phòng, chống ma túy đến năm 2020 trên địa bàn thành phố Cần Thơ",
  span: "2017-01-01/2020-12-31",
  objectives: [
    {
      clause: "I.1",
      title: "Tuyên truyền, phổ biến, giáo dục kiến thức phòng, chống ma túy",
      targetIds: ["424ct-1"],
    },
    {
      clause: "I.2",
      title: "Phát hiện, xử lý tội phạm; điểm phức tạp; diện tích trồng cây cần sa",
      targetIds: ["424ct-2a", "424ct-2b", "424ct-2c", "424ct-2d"],
    },
    {
      clause: "I.3",
      title: "Người nghiện; xã, phường, thị trấn có ma túy; mô hình điểm",
      targetIds: ["424ct-3a", "424ct-3b", "424ct-3c", "424ct-3d", "424ct-3e"],
    },
    { clause: "I.4", title: "Tiếp cận dịch vụ; cơ sở cai nghiện", targetIds: ["424ct-4a", "424ct-4b"] },
  ],
  tasks: [
    { clause: "II.1", title: "Triển khai đồng bộ các biện pháp phòng ngừa tệ nạn ma túy" },
    {
      clause: "II.2",
      title: "Chủ động nắm tình hình, tổ chức đấu tranh có hiệu quả đối với tội phạm ma túy",
    },
    { clause: "II.3", title: "Kiểm soát chặt chẽ các hoạt động hợp pháp về ma túy" },
    { clause: "II.4", title: "Tổ chức quản lý chặt chẽ người nghiện" },
    {
      clause: "II.5",
      title:
        "Tăng cường khả năng chỉ đạo, điều hành; huy động đa dạng các nguồn lực hợp pháp tham gia phòng, chống ma túy",
    },
  ],
  solutions: [
    {
      clause: "III.1",
      title: "Nâng cao hiệu quả điều hành, chỉ đạo thực hiện toàn diện công tác phòng, chống ma túy",
    },
    { clause: "III.2", title: "Nâng cao năng lực, hiệu quả tuyên truyền phòng, chống ma túy" },
    { clause: "III.3", title: "Nâng cao năng lực, hiệu quả đấu tranh chống tội phạm về ma túy" },
    { clause: "III.4", title: "Đổi mới và nâng cao hiệu quả công tác điều trị, cai nghiện ma túy" },
    { clause: "III.5", title: "Nâng cao hiệu quả hợp tác quốc tế" },
  ],
};
