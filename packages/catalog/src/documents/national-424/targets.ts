import type { TargetInput } from "@pctm/domain";

const PLAN = "qd-424-2017";
const DOC = "hue-2020-tong-ket";
const CLAUSE = "Đề cương, Phần thứ nhất, III";
const src = (quote: string) => ({ document: DOC, clause: CLAUSE, quote });

/**
 * The national programme's targets (Quyết định 424/QĐ-TTg) as seed 000 lists them for the closing
 * review. The quotes are from seed 000; the programme's own text is not among the seeds.
 */
export const TARGETS_424_NATIONAL: readonly TargetInput[] = [
  {
    id: "424nat-1",
    kind: "all_of",
    planId: PLAN,
    title: "Tuyên truyền phòng, chống ma túy tại 100% xã, trường học, khu công nghiệp, khu chế xuất",
    source: src(
      "Tổ chức công tác tuyên truyền PCMT tại 100% số xã, phường, thị trấn, trường học, khu công nghiệp, khu chế xuất",
    ),
    parts: [
      {
        id: "424nat-1.xa",
        kind: "threshold",
        title: "Xã, phường, thị trấn được tuyên truyền",
        indicator: "propaganda_commune_share",
        value: 100,
      },
      {
        id: "424nat-1.truong",
        kind: "threshold",
        title: "Trường học được tuyên truyền",
        indicator: "propaganda_school_share",
        value: 100,
      },
      {
        id: "424nat-1.kcn",
        kind: "threshold",
        title: "Khu công nghiệp được tuyên truyền",
        indicator: "propaganda_industrial_zone_share",
        value: 100,
      },
      {
        id: "424nat-1.kcx",
        kind: "threshold",
        title: "Khu chế xuất được tuyên truyền",
        indicator: "propaganda_export_zone_share",
        value: 100,
      },
    ],
  },
  {
    id: "424nat-2",
    kind: "change_vs_previous",
    planId: PLAN,
    title: "Số vụ phạm tội về ma túy từ mức độ nghiêm trọng trở lên được phát hiện, xử lý tăng hơn 5%/năm",
    indicator: "serious_cases_detected",
    direction: "increase",
    comparison: "more_than",
    amount: 5,
    source: src("được phát hiện, xử lý tăng hơn 5% so với năm trước"),
  },
  {
    id: "424nat-3",
    kind: "all_of",
    planId: PLAN,
    title: "Không phát sinh tụ điểm phức tạp; triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm",
    source: src(
      "Không phát sinh tụ điểm phức tạp về ma túy, triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm trên phạm vi toàn quốc",
    ),
    interpretation:
      "Câu văn đặt mục tiêu “trên phạm vi toàn quốc”; khi đánh giá cho một tỉnh, danh mục áp cùng mức (không phát sinh, triệt xóa 5 - 10% mỗi năm) cho địa bàn của tỉnh đó.",
    parts: [
      {
        id: "424nat-3.moi",
        kind: "zero_occurrences",
        title: "Tụ điểm phức tạp mới phát sinh",
        indicator: "hotspots_new",
      },
      {
        id: "424nat-3.triet-xoa",
        kind: "range",
        title: "Tỷ lệ điểm, tụ điểm được triệt xóa trong năm",
        indicator: "hotspot_elimination_rate",
        min: 5,
        max: 10,
      },
    ],
  },
  {
    id: "424nat-4",
    kind: "share_within_lag",
    planId: PLAN,
    title: "100% hành vi sản xuất trái phép chất ma túy được phát hiện, xử lý trong vòng 1 năm",
    indicator: "production_handled_within_year_share",
    value: 100,
    lagMonths: 12,
    source: src(
      "Không quá 1 năm từ khi xảy ra, 100% hành vi phạm tội sản xuất trái phép chất ma túy ở trong nước được phát hiện, xử lý triệt để",
    ),
  },
  {
    id: "424nat-5",
    kind: "all_of",
    planId: PLAN,
    title: "Giảm diện tích trồng trái phép so với năm trước và triệt phá 100% diện tích phát hiện",
    source: src(
      "Giảm diện tích cây có chứa chất ma túy trồng trái phép so với năm trước và triệt phá 100% diện tích phát hiện",
    ),
    interpretation:
      "“Diện tích cây … trồng trái phép” đọc là diện tích phát hiện được trong năm (số liệu có được), không phải diện tích thực trồng (không đo được); cả hai phần đều trên diện tích phát hiện.",
    parts: [
      {
        id: "424nat-5.giam",
        kind: "change_vs_previous",
        title: "Diện tích trồng trái phép phát hiện giảm so với năm trước",
        indicator: "cultivation_area_detected",
        direction: "decrease",
        comparison: "more_than",
        amount: 0,
      },
      {
        id: "424nat-5.triet-pha",
        kind: "threshold",
        title: "Tỷ lệ diện tích phát hiện được triệt phá",
        indicator: "cultivation_destroyed_share",
        value: 100,
      },
    ],
  },
  {
    id: "424nat-6a",
    kind: "qualitative",
    planId: PLAN,
    title: "Hạn chế phát sinh người nghiện mới",
    criterion: "số người nghiện mới phát hiện có xu hướng giảm hay không, đánh giá kèm căn cứ",
    interpretation:
      "Không có con số: đánh giá định tính theo nhận định có căn cứ, như dòng 424ct-3a của Cần Thơ.",
    source: src("Hạn chế phát sinh người nghiện mới"),
  },
  {
    id: "424nat-6",
    kind: "threshold",
    planId: PLAN,
    title: "Mỗi năm hơn 1% số người nghiện có hồ sơ quản lý được đưa ra khỏi diện",
    indicator: "addicts_removed",
    denominator: "addicts_registered_previous",
    comparison: "more_than",
    value: 1,
    interpretation:
      "Mẫu số là số người nghiện có hồ sơ quản lý đầu năm (cuối năm trước); có thể đổi sang số cuối năm (addicts_registered).",
    source: src("mỗi năm hơn 1 % số người nghiện ma túy có hồ sơ quản lý đủ tiêu chuẩn đưa ra khỏi diện"),
  },
  {
    id: "424nat-6c",
    kind: "change_vs_previous",
    planId: PLAN,
    title: "Giảm hơn 1% số xã, phường, thị trấn có ma túy so với năm trước",
    indicator: "communes_with_drugs",
    direction: "decrease",
    comparison: "more_than",
    amount: 1,
    interpretation: "Giảm tương đối: (số năm trước − số năm nay) / số năm trước × 100 phải hơn 1.",
    source: src("giảm hơn 1 % số xã, phường, thị trấn có ma túy so với năm trước"),
  },
  {
    id: "424nat-6d",
    kind: "threshold",
    planId: PLAN,
    basePeriod: "2015",
    duePeriod: "2020",
    title: "Đến năm 2020 hơn 20% số xã trọng điểm (năm 2015) giảm mức độ phức tạp",
    indicator: "key_communes_downgraded_share",
    comparison: "more_than",
    value: 20,
    interpretation:
      "Mốc “đến năm 2020”: chỉ đánh giá năm 2020; các năm trước là “chưa đến hạn”, không so với một giá trị nội suy.",
    source: src(
      "đến năm 2020 có hơn 20% số xã, phường, thị trấn trọng điểm về ma túy giảm mức độ phức tạp so với năm 2015",
    ),
  },
  {
    id: "424nat-6e",
    kind: "per_unit",
    planId: PLAN,
    title:
      "Mỗi huyện, quận, thị xã, thành phố trực thuộc tỉnh xây dựng 1 mô hình điểm về phòng, chống ma túy/năm",
    indicator: "pilot_models_built",
    level: 2,
    value: 1,
    interpretation:
      "Đánh giá trên từng đơn vị cấp huyện trực thuộc đơn vị được đánh giá. Từ 01/7/2025 không còn cấp huyện: mục tiêu không áp dụng cho kỳ sau cải cách.",
    source: src(
      "mỗi huyện, quận, thị xã, thành phố (trực thuộc tỉnh) xây dựng được 1 mô hình điểm về phòng, chống ma túy tại xã, phường, thị trấn/năm",
    ),
  },
  {
    id: "424nat-7a",
    kind: "threshold",
    planId: PLAN,
    title: "Hàng năm 80% người nghiện và sử dụng ma túy có hồ sơ được tiếp cận dịch vụ",
    indicator: "addicts_users_served_share",
    value: 80,
    source: src(
      "Hàng năm, 80% số người nghiện và sử dụng ma túy có hồ sơ quản lý được tiếp cận các dịch vụ tư vấn, điều trị, cai nghiện",
    ),
  },
  {
    id: "424nat-7b",
    kind: "threshold",
    planId: PLAN,
    title: "90% cơ sở cai nghiện đáp ứng tiêu chuẩn, điều kiện",
    indicator: "rehab_facilities_standard_share",
    value: 90,
    source: src("90% cơ sở cai nghiện đáp ứng các tiêu chuẩn, điều kiện về cai nghiện ma túy"),
  },
];
