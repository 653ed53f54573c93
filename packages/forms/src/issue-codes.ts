import type { IssueCodeTable } from "@pctm/domain";

/** The codes of Excel statistical forms. A cell's issue has the path [sheet, cell address]. */
export const FORM_ISSUE_CODES = {
  FORM_UNKNOWN_CAMPAIGN: { kind: "not_found", message: "không có đợt báo cáo mã {campaign}" },
  FORM_NO_OUTLINE: {
    kind: "precondition_failed",
    message: "đợt báo cáo {campaign} không có đề cương nên không có biểu mẫu",
  },
  FORM_NO_TABLES: {
    kind: "precondition_failed",
    message: "đề cương của đợt báo cáo {campaign} không yêu cầu bảng số liệu nào",
  },
  FORM_UNKNOWN_UNIT: { kind: "not_found", message: "không có đơn vị mã {unit} trong danh mục {edition}" },
  FORM_NO_CHILD_UNITS: {
    kind: "precondition_failed",
    message: "đơn vị {unit} không có đơn vị trực thuộc để lập biểu",
  },
  FORM_UNREADABLE: { kind: "invalid_input", message: "không đọc được tệp Excel (.xlsx): {detail}" },
  FORM_NOT_A_PCTM_FORM: {
    kind: "invalid_input",
    message: "tệp không phải biểu mẫu do pctm forms export tạo ra (thiếu trang ẩn _pctm): {detail}",
  },
  FORM_SHEET_MISSING: { kind: "invalid_input", message: "thiếu trang {sheet} của biểu mẫu" },
  FORM_CELL_FORMULA: { kind: "invalid_input", message: "ô nhập liệu chứa công thức: hãy nhập số" },
  FORM_CELL_NOT_A_NUMBER: { kind: "invalid_input", message: "không phải là số: {found}" },
  FORM_CELL_NOT_WHOLE: { kind: "invalid_input", message: "cần số nguyên không âm, không phải {found}" },
  FORM_CELL_NEGATIVE: { kind: "invalid_input", message: "không được âm: {found}" },
  FORM_CELL_REJECTED: { kind: "invalid_input", message: "{detail}" },
} as const satisfies IssueCodeTable;

export type FormIssueCode = keyof typeof FORM_ISSUE_CODES;
