import type { IssueCodeTable } from "@pctm/domain";

/** The codes of access control: roles, unit scope, users and tokens. */
export const ACCESS_ISSUE_CODES = {
  ACCESS_OUT_OF_SCOPE: {
    kind: "forbidden",
    message: "đơn vị {unit} nằm ngoài phạm vi được giao ({scope})",
  },
  ACCESS_ROLE_TOO_LOW: {
    kind: "forbidden",
    message: "việc này cần vai trò {required} trở lên; vai trò hiện có là {role}",
  },
  ACCESS_UNKNOWN_UNIT: {
    kind: "not_found",
    message: "không có đơn vị mã {unit} trong danh mục đơn vị hành chính nào",
  },
  ACCESS_SCOPE_UNIT_UNKNOWN: {
    kind: "invalid_input",
    message:
      "phạm vi ({field}) không hợp lệ: không có đơn vị mã {unit} trong danh mục đơn vị hành chính nào; ghi mã một đơn vị (tỉnh 2 chữ số, huyện 3, xã 5) hoặc null cho toàn quốc",
  },
  ACCESS_USER_EXISTS: {
    kind: "conflict",
    message: "đã có người dùng tên {name}",
  },
  ACCESS_USER_UNKNOWN: {
    kind: "not_found",
    message: "không có người dùng {user}",
  },
  ACCESS_TOKEN_NOT_FOUND: {
    kind: "not_found",
    message: "không có mã truy cập {token}",
  },
  ACCESS_TOKEN_WIDER_THAN_USER: {
    kind: "forbidden",
    message: "mã truy cập không được rộng hơn quyền của người dùng: {detail}",
  },
  DEMO_ADMIN_SCOPED: {
    kind: "check_failed",
    message:
      "người dùng {name} của cơ sở dữ liệu này chỉ có phạm vi đơn vị {unit} (tạo bởi phiên bản cũ): mã truy cập minh họa không dùng được ngoài phạm vi đó",
  },
  AUTH_TOKEN_UNKNOWN: {
    kind: "unauthenticated",
    message: "mã truy cập không hợp lệ",
  },
  AUTH_TOKEN_EXPIRED: {
    kind: "unauthenticated",
    message: "mã truy cập đã hết hạn ngày {expiresAt}",
  },
  AUTH_TOKEN_REVOKED: {
    kind: "unauthenticated",
    message: "mã truy cập đã bị thu hồi",
  },
} as const satisfies IssueCodeTable;

export type AccessIssueCode = keyof typeof ACCESS_ISSUE_CODES;
