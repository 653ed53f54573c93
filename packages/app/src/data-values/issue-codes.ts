import type { IssueCodeTable } from "@pctm/domain";

/**
 * The codes of data exchange: reading import files, checking each row, access to its units and
 * the validation rules. Row issues have the path ["dataValues", line - 1, field]: the kernel prints
 * "dataValues, dòng <line>, <field>" (a CSV file's line, a JSON file's entry number).
 */
export const DATA_EXCHANGE_ISSUE_CODES = {
  IMPORT_INVALID_JSON: { kind: "invalid_input", message: "tệp JSON không đọc được: {detail}" },
  IMPORT_NOT_A_DATA_VALUE_SET: {
    kind: "invalid_input",
    message: 'tệp JSON phải là { "dataValues": [ … ] } (dạng dataValueSets của DHIS2) hoặc một mảng giá trị',
  },
  IMPORT_UNREADABLE: { kind: "invalid_input", message: "không đọc hết được tệp: {detail}" },
  IMPORT_INVALID_CSV: { kind: "invalid_input", message: "tệp CSV không đọc được: {detail}" },
  IMPORT_CSV_HEADER: {
    kind: "invalid_input",
    message: "dòng tiêu đề CSV phải là {expected}; nhận được {found}",
  },
  IMPORT_NO_CONTENT: {
    kind: "invalid_input",
    message: "cần nội dung tệp (content hoặc stream) hoặc các dòng (rows)",
  },
  DATA_VALUE_FIELD_INVALID: { kind: "invalid_input", message: "{detail}" },
  DATA_VALUE_UNKNOWN_ELEMENT: { kind: "invalid_input", message: 'không có phần tử dữ liệu mã "{element}"' },
  DATA_VALUE_UNKNOWN_COMBO: {
    kind: "invalid_input",
    message: 'phần tử dữ liệu "{element}" không có phân tổ "{combo}" (có: {known})',
  },
  DATA_VALUE_UNKNOWN_UNIT: {
    kind: "invalid_input",
    message: "không có đơn vị mã {unit} trong danh mục đơn vị hành chính có hiệu lực trong kỳ {period}",
  },
  DATA_VALUE_UNREADABLE: {
    kind: "invalid_input",
    message: 'không đọc được giá trị {value} của "{element}" (cần {expected})',
  },
  DATA_VALUE_NEGATIVE: { kind: "invalid_input", message: 'giá trị {value} của "{element}" không được âm' },
  DATA_VALUE_EMPTY: { kind: "invalid_input", message: "thiếu giá trị (value)" },
  DATA_VALUE_DUPLICATE: {
    kind: "invalid_input",
    message: 'giá trị của "{element}" tại đơn vị {unit}, kỳ {period}{combo} đã có ở dòng {earlier}',
  },
  DATA_VALUE_SUBMISSION_APPROVED: {
    kind: "precondition_failed",
    message:
      "báo cáo của đơn vị {unit} cho đợt báo cáo {campaign} đã được duyệt: không sửa được số liệu kỳ {period}",
  },
  IMPORT_WRITE_CONFLICT: {
    kind: "conflict",
    message:
      "số liệu vừa được người khác sửa trong lúc nhập; không có giá trị nào được ghi, hãy nhập lại tệp",
  },
  VALIDATION_RULE_VIOLATED: { kind: "check_failed", message: "{detail}" },
  VALIDATION_RULE_INVALID: {
    kind: "invalid_input",
    message: 'quy tắc kiểm tra "{rule}" không dùng được: {detail}',
  },
  VALIDATION_RULE_EXISTS: { kind: "conflict", message: 'đã có quy tắc kiểm tra mã "{rule}"' },
} as const satisfies IssueCodeTable;

export type DataExchangeIssueCode = keyof typeof DATA_EXCHANGE_ISSUE_CODES;
