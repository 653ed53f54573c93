import type { IssueCodeTable } from "../result/issue-kind.js";

/**
 * The codes checkDataValues and checkDataArea added to the data-row codes the report path already
 * raised (DATA_VALUE_INVALID, DATA_VALUE_INVALID_PERIOD, DATA_VALUE_UNKNOWN_ELEMENT, DATA_VALUE_UNKNOWN_UNIT,
 * DATA_VALUE_UNREADABLE, DATA_VALUE_DUPLICATE, declared in the kernel's table).
 */
export const DATA_ISSUE_CODES = {
  DATA_VALUE_NEGATIVE: {
    kind: "invalid_input",
    message: 'giá trị {value} của "{dataElement}" là số âm; số đếm phải ≥ 0',
  },
  DATA_VALUE_IMPRECISE_NUMBER: {
    kind: "invalid_input",
    message:
      "số {value} vượt quá 9.007.199.254.740.991 (2^53 − 1) nên đã mất chính xác khi đọc tệp JSON; hãy ghi giá trị dưới dạng chuỗi",
  },
  DATA_NOT_IN_AREA: {
    kind: "check_failed",
    message: "không có dòng số liệu nào của {unit} hay đơn vị trực thuộc; số liệu đã cho thuộc {elsewhere}",
  },
  ARGUMENT_INVALID: {
    kind: "invalid_input",
    message: "{function}: đối số {argument} phải là {expected}",
  },
} as const satisfies IssueCodeTable;
