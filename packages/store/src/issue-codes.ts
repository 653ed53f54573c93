import { defineIssueCodes } from "@pctm/domain";

/** The store's issue codes (merged into the one registry by the application layer). */
export const STORE_ISSUE_CODES = defineIssueCodes({
  STORE_SCHEMA_TOO_NEW: {
    kind: "unavailable",
    message:
      "Cơ sở dữ liệu {location} có lược đồ phiên bản {found}, mới hơn phiên bản {supported} mà chương trình này hiểu; hãy cập nhật chương trình (không dùng cơ sở dữ liệu này với bản cũ để tránh hỏng dữ liệu).",
  },
  STORE_SCHEMA_OUTDATED: {
    kind: "unavailable",
    message:
      "Cơ sở dữ liệu {location} có lược đồ phiên bản {found}, cũ hơn phiên bản {supported} của chương trình; hãy chạy `pctm db migrate`.",
  },
  STORE_UNAVAILABLE: {
    kind: "unavailable",
    message: "Không mở được cơ sở dữ liệu {location}: {reason}",
  },
  STORE_MIGRATION_FAILED: {
    kind: "unavailable",
    message:
      "Không nâng cấp được lược đồ cơ sở dữ liệu {location} lên phiên bản {version} ({name}): {reason}",
  },
} as const);

export type StoreIssueCode = keyof typeof STORE_ISSUE_CODES;
