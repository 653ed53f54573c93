import type { IssueCodeTable } from "@pctm/domain";

/** The codes the unit use cases raise (the unit lists' own codes are the kernel's). */
export const UNITS_ISSUE_CODES = {
  UNIT_NOT_FOUND: {
    kind: "not_found",
    message: 'không có đơn vị mã {code} trong "{edition}"',
  },
  LEVEL_INVALID: {
    kind: "invalid_input",
    message: 'cấp phải là 1 (tỉnh), 2 (huyện) hoặc 3 (xã), không phải "{level}"',
  },
  UNIT_LEVEL_ABSENT: {
    kind: "not_found",
    message: 'Danh mục "{edition}" không có {level}.',
  },
  NO_MAPPING: {
    kind: "not_found",
    message: 'không có bảng chuyển đổi từ "{from}" sang "{to}"',
  },
} as const satisfies IssueCodeTable;
