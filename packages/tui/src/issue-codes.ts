import type { IssueCodeTable } from "@pctm/domain";

/** The codes the terminal UI raises itself: form checks as the user types, and its back ends. */
export const TUI_ISSUE_CODES = {
  FORM_NOT_A_NUMBER: {
    kind: "invalid_input",
    message: "“{text}” không phải là số (viết như 1.234 hoặc 7,5)",
  },
  FORM_NOT_WHOLE: {
    kind: "invalid_input",
    message: "{name} là số đếm: phải là số nguyên, không có phần thập phân",
  },
  FORM_NEGATIVE: {
    kind: "invalid_input",
    message: "{name} không được là số âm",
  },
  FORM_PERCENT_RANGE: {
    kind: "invalid_input",
    message: "{name} là tỷ lệ phần trăm: phải từ 0 đến 100",
  },
  FORM_NOT_BOOLEAN: {
    kind: "invalid_input",
    message: "{name} chỉ nhận “có” hoặc “không”",
  },
  FORM_NOT_MONEY: {
    kind: "invalid_input",
    message: "“{text}” không phải là số tiền (viết như 1.234.567 hoặc 12,5 triệu)",
  },
  TUI_NEEDS_TERMINAL: {
    kind: "invalid_input",
    message: "pctm tui cần chạy trong một cửa sổ terminal (không dùng được qua ống dẫn)",
  },
  TUI_API_UNREACHABLE: {
    kind: "unavailable",
    message: "không kết nối được dịch vụ {url}: {detail}",
  },
  TUI_API_ERROR: {
    kind: "internal",
    message: "dịch vụ trả lời {status} cho {what}",
  },
} as const satisfies IssueCodeTable;

export type TuiIssueCode = keyof typeof TUI_ISSUE_CODES;
