import type { Category, DataElementInput } from "@pctm/domain";
import { moneyVnd } from "./define.js";

const FUNDING_SOURCE: Category = {
  id: "funding_source",
  name: "Nguồn kinh phí",
  options: [
    { id: "trung_uong", name: "Ngân sách trung ương" },
    { id: "dia_phuong", name: "Ngân sách địa phương" },
    { id: "chuong_trinh_muc_tieu", name: "Chương trình mục tiêu" },
    { id: "xa_hoi_hoa", name: "Xã hội hóa, huy động" },
    { id: "khac", name: "Nguồn hợp pháp khác" },
  ],
};

/** Funding mobilised, allocated and spent (seed 000 II.5 and Phần thứ nhất II.8; seed 002 V.4). */
export const FUNDING_ELEMENTS: readonly DataElementInput[] = [
  moneyVnd("funding_mobilised_vnd", "Kinh phí huy động thực hiện Chương trình", [FUNDING_SOURCE]),
  moneyVnd("funding_allocated_vnd", "Kinh phí được cấp, phân bổ thực hiện Chương trình", [FUNDING_SOURCE]),
  moneyVnd("funding_spent_vnd", "Kinh phí đã sử dụng thực hiện Chương trình", [FUNDING_SOURCE]),
];
