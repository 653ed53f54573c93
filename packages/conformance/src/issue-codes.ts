import type { IssueCodeTable } from "@pctm/domain";

/** What the conformance check reports: the specification beside the repository, and where the catalogue departs from it. */
export const CONFORMANCE_ISSUE_CODES = {
  CONFORMANCE_SPEC_NOT_FOUND: {
    kind: "unavailable",
    message:
      "Không tìm thấy đặc tả tại {dir}: cần thư mục shared (seeds/ và domain/SEED-TARGETS.md) cạnh thư mục gốc của kho mã",
  },
  CONFORMANCE_SEED_MISSING: {
    kind: "unavailable",
    message: "Thiếu văn bản seed {seed} ({seed}_*.txt) trong {dir}",
  },
  CONFORMANCE_CHECKLIST_MISSING: { kind: "unavailable", message: "Thiếu danh mục {file}" },
  CONFORMANCE_CHECKLIST_EMPTY: {
    kind: "check_failed",
    message: "Danh mục SEED-TARGETS.md không có dòng mục tiêu nào đọc được",
  },
  CONFORMANCE_ROW_UNREADABLE: {
    kind: "check_failed",
    message: "Dòng {line} của SEED-TARGETS.md không đọc được: {text}",
  },
  CONFORMANCE_TARGET_MISSING: {
    kind: "check_failed",
    message: "Mục tiêu {id} (dòng {line} của SEED-TARGETS.md) không có trong danh mục dựng sẵn",
  },
  CONFORMANCE_QUOTE_DIFFERS: {
    kind: "check_failed",
    message: "Câu trích của {id} khác SEED-TARGETS.md: danh mục “{actual}”, đặc tả “{expected}”",
  },
  CONFORMANCE_CAMPAIGN_MISSING: {
    kind: "check_failed",
    message: "Đợt báo cáo {id} (dòng {line} của SEED-TARGETS.md) không có trong danh mục dựng sẵn",
  },
  CONFORMANCE_OUTLINE_DIFFERS: {
    kind: "check_failed",
    message: "{what}: khác văn bản seed từ ký tự {at}: “{actual}” thay vì “{expected}”",
  },
  CONFORMANCE_OUTLINE_UNPARSED: {
    kind: "check_failed",
    message: "Không đọc được đề cương của seed {seed}: {reason}",
  },
  CONFORMANCE_OUTLINE_WARNINGS: {
    kind: "check_failed",
    message: "{what}: cảnh báo khi đọc là {actual}, cần {expected}",
  },
  CONFORMANCE_HEADING_MISSING: { kind: "check_failed", message: "{what}: không có đề mục “{heading}”" },
  CONFORMANCE_BINDINGS_DIFFER: { kind: "check_failed", message: "{what}: gắn {actual}, cần {expected}" },
} as const satisfies IssueCodeTable;

export type ConformanceIssueCode = keyof typeof CONFORMANCE_ISSUE_CODES;
