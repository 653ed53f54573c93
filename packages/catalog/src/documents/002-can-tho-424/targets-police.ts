import type { TargetInput } from "@pctm/domain";
import { striveReading } from "../time-frame.js";
import { PLAN_002_ID } from "./targets-objectives.js";

const src = (quote: string) => ({ document: PLAN_002_ID, clause: "IV.1.g", quote });
const P = { planId: PLAN_002_ID } as const;

/** Targets of the four projects Công an thành phố leads (IV.1.g). */
export const POLICE_PROJECT_TARGETS_002: readonly TargetInput[] = [
  {
    id: "424ct-p1a",
    kind: "threshold",
    ...P,
    title: "Hàng năm đào tạo, tập huấn 100% cán bộ, chiến sỹ lực lượng chuyên trách",
    indicator: "officers_trained_share",
    value: 100,
    source: src(
      "đào tạo, tập huấn nâng cao năng lực nghiệp vụ cho 100% cán bộ, chiến sỹ thuộc lực lượng chuyên trách",
    ),
  },
  {
    id: "424ct-p1b",
    kind: "threshold",
    ...P,
    title: "Tổng kết, rút kinh nghiệm 100% vụ án ma túy lớn, đặc biệt phức tạp",
    indicator: "major_cases_reviewed_share",
    value: 100,
    source: src("tổng kết, rút kinh nghiệm 100% các vụ án ma túy lớn, đặc biệt phức tạp"),
  },
  {
    id: "424ct-p1c",
    kind: "threshold",
    ...P,
    title: "Hàng năm 100% vụ án ma túy lớn được xét xử đúng người, đúng tội, đúng thời hạn",
    indicator: "major_cases_tried_properly",
    denominator: "major_cases_tried",
    value: 100,
    interpretation:
      "Mẫu số là số vụ án lớn đã đưa ra xét xử trong năm (major_cases_tried); có thể đổi sang tổng số vụ án lớn (major_cases).",
    source: src(
      "100% các vụ án ma túy lớn, đặc biệt phức tạp được xét xử đúng người, đúng tội và đảm bảo thời gian luật định",
    ),
  },
  {
    id: "424ct-p1d",
    kind: "threshold",
    ...P,
    title: "80% hồ sơ người nghiện được xem xét, quyết định áp dụng biện pháp cai nghiện bắt buộc",
    indicator: "compulsory_files_decided_share",
    value: 80,
    source: src("80% hồ sơ người nghiện được xem xét, quyết định áp dụng biện pháp cai nghiện bắt buộc"),
  },
  {
    id: "424ct-p2a",
    kind: "threshold",
    ...P,
    title: "Đánh giá đúng thực trạng 100% tuyến, địa bàn trọng điểm phức tạp",
    indicator: "key_areas_assessed_share",
    value: 100,
    source: src("đánh giá đúng thực trạng 100% các tuyến, địa bàn trọng điểm phức tạp về ma túy"),
  },
  {
    id: "424ct-p2b",
    kind: "all_of",
    ...P,
    title: "Hàng năm kiểm tra, đánh giá tại 2 - 3 quận, huyện và 1 - 2 sở, ngành",
    source: src(
      "tổ chức kiểm tra, đánh giá công tác phòng, chống ma túy tại 2 - 3 quận, huyện và 1 - 2 sở, ngành",
    ),
    parts: [
      {
        id: "424ct-p2b.huyen",
        kind: "count_range",
        title: "Số quận, huyện được kiểm tra",
        indicator: "districts_inspected",
        min: 2,
        max: 3,
      },
      {
        id: "424ct-p2b.so",
        kind: "count_range",
        title: "Số sở, ngành được kiểm tra",
        indicator: "departments_inspected",
        min: 1,
        max: 2,
      },
    ],
  },
  {
    id: "424ct-p2c",
    kind: "qualitative",
    ...P,
    title: "Nâng tỷ lệ phát hiện, bắt giữ và xử lý tội phạm về ma túy",
    criterion:
      "tỷ lệ phát hiện, bắt giữ và xử lý tội phạm về ma túy có tăng so với năm trước hay không, đánh giá kèm căn cứ",
    interpretation:
      "Câu văn không nêu mức tăng: đánh giá định tính từng năm; số vụ từ mức nghiêm trọng trở lên được đo riêng ở 424ct-2a.",
    source: src("Nâng tỷ lệ phát hiện, bắt giữ và xử lý tội phạm về ma túy"),
  },
  {
    id: "424ct-p3a",
    kind: "qualitative",
    ...P,
    title: "Nâng cao tỷ lệ phát hiện, bắt giữ tội phạm ma túy của lực lượng Cảnh sát điều tra",
    criterion:
      "tỷ lệ phát hiện, bắt giữ tội phạm ma túy của lực lượng Cảnh sát điều tra tội phạm về ma túy có được nâng cao hay không, đánh giá kèm căn cứ",
    interpretation: "Câu văn không nêu mức tăng: đánh giá định tính từng năm.",
    source: src("nâng cao tỷ lệ phát hiện, bắt giữ tội phạm ma túy"),
  },
  {
    id: "424ct-p4a",
    kind: "zero_occurrences",
    ...P,
    title: "Không để phát sinh tệ nạn ma túy ở xã chưa có tệ nạn",
    indicator: "communes_newly_affected",
    source: src("Không để phát sinh tệ nạn ma túy ở các xã, phường, thị trấn hiện chưa có tệ nạn ma túy"),
  },
  {
    id: "424ct-p4b",
    kind: "threshold",
    ...P,
    basePeriod: "2015",
    duePeriod: "2020",
    title: "Đến hết năm 2020 giảm mức độ phức tạp của 20% số xã, phường, thị trấn",
    indicator: "communes_downgraded",
    denominator: "communes_with_drugs_2015",
    value: 20,
    interpretation: striveReading(
      "đến hết năm 2020, theo câu văn; các năm trước là “chưa đến hạn”",
      "“20% số xã, phường, thị trấn” đọc là 20% số xã có ma túy năm 2015 (năm gốc của Chương trình); có thể đổi mẫu số sang tổng số xã (communes_total).",
    ),
    source: src("Phấn đấu đến hết năm 2020 giảm mức độ phức tạp của 20% số xã, phường, thị trấn"),
  },
  {
    id: "424ct-p4c",
    kind: "change_vs_previous",
    ...P,
    title: "Mỗi năm giảm hơn 1% số người nghiện ma túy trên địa bàn",
    indicator: "addicts_registered",
    direction: "decrease",
    comparison: "more_than",
    amount: 1,
    interpretation: striveReading(
      "mỗi năm, theo câu văn",
      "“Giảm từ hơn 1%” đọc là giảm hơn 1% so với năm trước, trên số người nghiện có hồ sơ quản lý.",
    ),
    source: src("giảm từ hơn 1% số người nghiện ma túy trên địa bàn"),
  },
  {
    id: "424ct-p4d",
    kind: "zero_occurrences",
    ...P,
    title: "Không để phát sinh trồng cây có chất ma túy ở địa bàn mới",
    indicator: "cultivation_new_localities",
    source: src("Không để phát sinh tình trạng trồng cây có chất ma túy ở những địa bàn mới"),
  },
  {
    id: "424ct-p4e",
    kind: "threshold",
    ...P,
    title: "Triệt xóa 100% diện tích cây có chứa chất ma túy trồng trái phép phát hiện được",
    indicator: "cultivation_destroyed_share",
    value: 100,
    interpretation:
      "Mọi loại cây có chứa chất ma túy, không riêng cây cần sa (424ct-2d chỉ nói cây cần sa): diện tích triệt xóa trên diện tích phát hiện trong năm.",
    source: src("tổ chức triệt xóa 100% diện tích cây có chứa chất ma túy trồng trái phép phát hiện được"),
  },
];
