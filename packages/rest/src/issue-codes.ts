import type { IssueCodeTable } from "@pctm/domain";

/** The codes the REST adapter raises itself, before or around a use case. */
export const REST_ISSUE_CODES = {
  AUTH_TOKEN_MISSING: {
    kind: "unauthenticated",
    message: "thiếu mã truy cập: gửi tiêu đề Authorization: Bearer <mã truy cập>",
  },
  REST_ROUTE_NOT_FOUND: {
    kind: "not_found",
    message: "không có đường dẫn {method} {path}",
  },
  REST_BODY_TOO_LARGE: {
    kind: "invalid_input",
    message: "nội dung gửi lên vượt quá giới hạn {limit}",
  },
  REST_BODY_NOT_JSON: {
    kind: "invalid_input",
    message: "nội dung gửi lên không phải JSON hợp lệ",
  },
  REST_UNSUPPORTED_MEDIA_TYPE: {
    kind: "invalid_input",
    message: "kiểu nội dung {type} không được hỗ trợ; dùng {accepted}",
  },
  REST_IF_MATCH_INVALID: {
    kind: "invalid_input",
    message: 'tiêu đề If-Match không hợp lệ: cần ETag dạng "3" (phiên bản của giá trị)',
  },
  REST_FORM_OTHER_TARGET: {
    kind: "invalid_input",
    message: "biểu mẫu này là của đợt báo cáo {campaign}, đơn vị {unit}: gửi nó tới đường dẫn của chính nó",
  },
  REST_INTERNAL: {
    kind: "internal",
    message: "lỗi nội bộ của máy chủ; đã ghi nhật ký để kiểm tra",
  },
} as const satisfies IssueCodeTable;
