import type { IssueCodeTable } from "@pctm/domain";

/** The codes of editing one stored figure. */
export const VALUE_EDIT_ISSUE_CODES = {
  DATA_VALUE_VERSION_MISMATCH: {
    kind: "precondition_failed",
    message:
      "giá trị đã được sửa từ khi bạn đọc: bạn sửa từ phiên bản {expected}, phiên bản đang lưu là {actual} (giá trị {stored}); hãy đọc lại rồi sửa",
  },
  DATA_VALUE_NOT_FOUND: {
    kind: "not_found",
    message: "chưa có giá trị {dataElement} của đơn vị {orgUnit} kỳ {period}",
  },
} as const satisfies IssueCodeTable;
