import type { IssueCodeTable } from "../result/issue-kind.js";

/** The codes the report area added for narratives and the report's dates. */
export const REPORT_ISSUE_CODES = {
  NARRATIVE_UNIT_OUTSIDE: {
    kind: "invalid_input",
    message:
      "{unitName} (mã {orgUnit}) không thuộc {reportingUnit}: phần nội dung của đơn vị này không được đưa vào báo cáo của {reportingUnit}",
  },
  NARRATIVE_UNKNOWN_UNIT: {
    kind: "invalid_input",
    message: 'không có đơn vị mã "{orgUnit}" trong danh mục "{edition}"',
  },
  AS_OF_BEFORE_PERIOD: {
    kind: "invalid_input",
    message:
      "ngày báo cáo {asOf} trước ngày bắt đầu của kỳ số liệu ({period}, từ {start}): chưa có gì để đánh giá; hãy chọn ngày từ {start} trở đi",
  },
  AS_OF_BEFORE_PERIOD_END: {
    kind: "check_failed",
    message:
      "ngày báo cáo {asOf} trước khi kỳ số liệu ({period}) kết thúc ngày {end}: số liệu từ sau ngày báo cáo chưa có, kết quả chỉ tính đến ngày {asOf}",
  },
} as const satisfies IssueCodeTable;
