import type { PlanInput } from "../../model/plan.js";

/** Seed 001: the province's plan for the 2011–2020 national strategy (objectives, tasks, solutions). */
export const PLAN_001: PlanInput = {
  id: "kh-chien-luoc-1001",
  kind: "implementation_plan",
  title:
    "Kế hoạch triển khai thực hiện Chiến lược quốc gia phòng, chống và kiểm soát ma túy đến năm 2020 và định hướng đến năm 2030",
  span: "2011-01-01/2020-12-31",
  generalObjective:
    "Nâng cao ý thức trách nhiệm cá nhân, gia đình và toàn xã hội để chủ động phòng, chống và kiểm soát ma túy. Từng bước ngăn chặn, tiến tới đẩy lùi tệ nạn ma túy, không để ma tuý lây lan trong vùng đồng bào dân tộc thiểu số; tổ chức cai nghiện ma tuý theo hướng có hiệu quả, bền vững; hạn chế đến mức thấp nhất tác hại do ma túy gây ra, tạo môi trường xã hội trong sạch, lành mạnh, phục vụ phát triển kinh tế, xã hội của địa phương.",
  objectives: [
    {
      clause: "I.2.a",
      title: "Người nghiện; xã không có ma túy; cơ quan, trường học",
      targetIds: ["1001-a1", "1001-a2", "1001-a3"],
    },
    {
      clause: "I.2.b",
      title: "Quản lý, điều trị, cai nghiện; tái nghiện",
      targetIds: ["1001-b1", "1001-b2", "1001-b3", "1001-b4"],
    },
    {
      clause: "I.2.c",
      title: "Biên giới, tụ điểm, trồng cây có chứa chất ma túy",
      targetIds: ["1001-c1", "1001-c2", "1001-c3"],
    },
    { clause: "I.2.d", title: "Tiền chất; sản xuất trái phép", targetIds: ["1001-d1", "1001-d2"] },
  ],
  orientations: [
    {
      clause: "I.3.a",
      title: "Củng cố, duy trì các mục tiêu đã đạt được, thu hẹp số xã, phường, thị trấn có ma túy",
    },
    { clause: "I.3.b", title: "Không để ma tuý thẩm lậu qua biên giới; xoá bỏ tận gốc các điểm, tụ điểm" },
    {
      clause: "I.3.c",
      title: "Tuyên truyền, giáo dục nhóm có nguy cơ cao; ngăn chặn người nghiện ma túy mới",
    },
    {
      clause: "I.3.d",
      title: "Loại bỏ hoàn toàn các nguyên nhân, điều kiện dẫn đến tái trồng cây có chất ma tuý",
    },
  ],
  tasks: [
    {
      clause: "II.1.a",
      title: "Tuyên truyền phòng, chống ma tuý sâu, rộng bằng nhiều hình thức, nội dung phù hợp",
    },
    {
      clause: "II.1.b",
      title:
        "Quản lý chặt chẽ người nghiện ma túy; dạy nghề, tạo việc làm; quản lý sau cai, phòng ngừa tái nghiện",
    },
    {
      clause: "II.1.c",
      title: "Thường xuyên rà soát, kịp thời phát hiện, xoá nhổ diện tích trồng cây có chứa chất ma túy",
    },
    { clause: "II.1.d", title: "Kiểm soát chặt chẽ các hoạt động hợp pháp liên quan đến ma túy" },
    {
      clause: "II.1.đ",
      title: "Đấu tranh, triệt xoá các tổ chức, đường dây, tụ điểm; ngăn chặn ma túy thẩm lậu qua biên giới",
    },
    { clause: "II.1.e", title: "Hợp tác quốc tế về phòng, chống và kiểm soát ma túy" },
  ],
  solutions: [
    { clause: "II.2.1", title: "Nhóm giải pháp về chính trị, xã hội" },
    { clause: "II.2.2", title: "Nhóm giải pháp về nâng cao năng lực quản lý" },
    { clause: "II.2.3", title: "Nhóm giải pháp về thông tin, tuyên truyền phòng, chống ma túy" },
    { clause: "II.2.4", title: "Nhóm giải pháp giảm cung và giảm cầu về ma túy" },
    { clause: "II.2.5", title: "Nhóm giải pháp huy động nguồn lực" },
    { clause: "II.2.6", title: "Nhóm giải pháp tăng cường hợp tác quốc tế" },
  ],
};
