import type { TargetInput } from "@pctm/domain";

const PLAN = "qd-7619-bca-2025";
const NOTE =
  "Mục tiêu đã được xác nhận từ nguồn công khai (REFERENCES.md §4); câu trích là tóm tắt tiếng Việt, không phải nguyên văn Quyết định.";
const src = (quote: string) => ({
  document: PLAN,
  clause: "Mục tiêu đến năm 2030 (REFERENCES.md §4)",
  quote,
});
const P = { planId: PLAN, interpretation: NOTE } as const;
const BY_2030 = { ...P, duePeriod: "2030" } as const;

/** Confirmed targets of the national target programme to 2030; nothing unconfirmed is encoded. */
export const TARGETS_2030: readonly TargetInput[] = [
  {
    id: "2030-1",
    kind: "change_vs_previous",
    ...P,
    title: "Số người nghiện và người sử dụng trái phép chất ma túy giảm hằng năm",
    indicator: "addicts_and_users_registered",
    direction: "decrease",
    comparison: "more_than",
    amount: 0,
    source: src("Số người nghiện ma túy, người sử dụng trái phép chất ma túy giảm hằng năm"),
  },
  {
    id: "2030-2",
    kind: "threshold",
    ...BY_2030,
    title: "Ít nhất 50% số xã, phường, đặc khu không có ma túy vào năm 2030",
    indicator: "drug_free_commune_share",
    value: 50,
    parameters: ["value"],
    interpretation: `${NOTE} Các tỉnh tự đặt chỉ tiêu trung gian (ví dụ ít nhất 20% hiện nay, 30% năm 2026): đổi value hoặc thêm mốc.`,
    source: src("Đến năm 2030, ít nhất 50% số đơn vị hành chính cấp xã không có ma túy"),
  },
  {
    id: "2030-3",
    kind: "threshold",
    ...P,
    title: "100% điểm, tụ điểm, điểm có nguy cơ, đối tượng bán lẻ được phát hiện, triệt xóa",
    indicator: "hotspots_resolved_share",
    value: 100,
    source: src(
      "100% điểm, tụ điểm, điểm có nguy cơ phức tạp về ma túy và đối tượng bán lẻ trái phép chất ma túy được phát hiện, triệt xóa",
    ),
  },
  {
    id: "2030-4",
    kind: "threshold",
    ...P,
    title: "100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện, triệt phá",
    indicator: "cultivation_destroyed_share",
    value: 100,
    source: src("100% diện tích trồng trái phép cây có chứa chất ma túy được phát hiện, triệt phá"),
  },
  {
    id: "2030-5",
    kind: "threshold",
    ...BY_2030,
    title: "Trên 80% đơn vị chuyên trách Biên phòng, Cảnh sát biển được trang bị",
    indicator: "border_units_equipped_share",
    comparison: "more_than",
    value: 80,
    source: src(
      "Trên 80% đơn vị, cán bộ chuyên trách phòng, chống ma túy của Bộ đội Biên phòng, Cảnh sát biển được trang bị",
    ),
  },
  {
    id: "2030-6",
    kind: "all_of",
    ...P,
    title:
      "Số vụ phát hiện tăng hằng năm: trên 3% (tuyến biên giới), trên 3% (xuyên quốc gia), trên 5% (không gian mạng)",
    source: src(
      "Hằng năm số vụ phạm tội về ma túy được phát hiện tăng trên 3% (biên giới đất liền, biển, hàng không, chuyển phát nhanh), trên 3% (có tổ chức xuyên quốc gia), trên 5% (không gian mạng)",
    ),
    parts: [
      {
        id: "2030-6.bien-gioi",
        kind: "change_vs_previous",
        title: "Vụ phát hiện trên tuyến biên giới, biển, hàng không, chuyển phát nhanh",
        indicator: "cases_detected_border",
        direction: "increase",
        comparison: "more_than",
        amount: 3,
      },
      {
        id: "2030-6.xuyen-quoc-gia",
        kind: "change_vs_previous",
        title: "Vụ có tổ chức xuyên quốc gia",
        indicator: "cases_detected_transnational",
        direction: "increase",
        comparison: "more_than",
        amount: 3,
      },
      {
        id: "2030-6.khong-gian-mang",
        kind: "change_vs_previous",
        title: "Vụ trên không gian mạng",
        indicator: "cases_detected_cyberspace",
        direction: "increase",
        comparison: "more_than",
        amount: 5,
      },
    ],
  },
  {
    id: "2030-7",
    kind: "all_of",
    ...BY_2030,
    title: "Trên 80% trạm y tế xã và 100% cơ sở cai nghiện công lập đủ điều kiện xác định tình trạng nghiện",
    source: src(
      "Trên 80% trạm y tế xã và 100% cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện ma túy",
    ),
    parts: [
      {
        id: "2030-7.tram-y-te",
        kind: "threshold",
        title: "Trạm y tế xã đủ điều kiện",
        indicator: "health_stations_qualified_share",
        comparison: "more_than",
        value: 80,
      },
      {
        id: "2030-7.co-so",
        kind: "threshold",
        title: "Cơ sở cai nghiện công lập đủ điều kiện",
        indicator: "public_rehab_qualified_share",
        value: 100,
      },
    ],
  },
];
