import type { ProjectInput } from "../../model/plan.js";

const PLAN = "hue-2020-tong-ket";
const CA = "Công an tỉnh";

/** Seed 000 §II.4: the ten projects and schemes to review, with the provincial lead agency of each. */
const LEADS: ReadonlyArray<readonly [component: string, slug: string, lead: string]> = [
  ["c424-luc-luong-chuyen-trach", "luc-luong-chuyen-trach", CA],
  ["c424-dia-ban-trong-diem", "dia-ban-trong-diem", CA],
  ["c424-canh-sat-dieu-tra", "canh-sat-dieu-tra", CA],
  ["c424-xa-phuong", "xa-phuong", CA],
  ["c424-cai-nghien", "cai-nghien", "Sở Lao động - Thương binh và Xã hội"],
  ["c424-truyen-thong", "truyen-thong", "Sở Thông tin và Truyền thông"],
  ["c424-van-hoa", "van-hoa", "Sở Văn hóa và Thể thao"],
  ["c424-truong-hoc", "truong-hoc", "Sở Giáo dục và Đào tạo, Đại học Huế"],
  ["c424-quoc-phong", "quoc-phong", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
  ["c424-cong-nhan", "cong-nhan", "Liên đoàn Lao động tỉnh"],
];

export function projects000(components: readonly ProjectInput[]): ProjectInput[] {
  return LEADS.map(([component, slug, lead]) => {
    const national = components.find((c) => c.id === component);
    if (!national) throw new Error(`thiếu hợp phần ${component}`);
    return {
      id: `${PLAN}.${slug}`,
      planId: PLAN,
      kind: national.kind,
      title: national.title,
      clause: "II.4",
      lead,
      componentOf: component,
    };
  });
}
