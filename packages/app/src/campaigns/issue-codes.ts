import type { IssueCodeTable } from "@pctm/domain";

/** The codes of campaign status, submissions and narratives. */
export const CAMPAIGN_ISSUE_CODES = {
  CAMPAIGN_UNIT_OUTSIDE: {
    kind: "not_found",
    message: "đơn vị {unit} không thuộc địa bàn của đợt báo cáo {campaign} ({area})",
  },
  SUBMISSION_STATE_INVALID: {
    kind: "conflict",
    message: "báo cáo của đơn vị {unit} đang ở trạng thái {state}: không thể {action}",
  },
  SUBMISSION_VERSION_CONFLICT: {
    kind: "conflict",
    message:
      "báo cáo của đơn vị {unit} đã được người khác thay đổi (phiên bản hiện tại: {actual}); tải lại rồi làm lại",
  },
  SUBMISSION_SELF_APPROVAL: {
    kind: "forbidden",
    message: "đơn vị {unit} không thể tự duyệt hay trả lại báo cáo của chính mình: cần đơn vị cấp trên",
  },
  SUBMISSION_RETURN_REASON_REQUIRED: {
    kind: "invalid_input",
    message: "trả lại báo cáo cần ghi lý do",
  },
  SUBMISSION_LOCKED: {
    kind: "conflict",
    message:
      "báo cáo của đơn vị {unit} trong đợt {campaign} đã được duyệt: không sửa được cho đến khi được trả lại",
  },
  NARRATIVE_UNKNOWN_SECTION: {
    kind: "not_found",
    message: 'đề cương {outline} không có mục "{section}"; các mục có: {known}',
  },
  NARRATIVE_NO_OUTLINE: {
    kind: "not_found",
    message: "đợt báo cáo {campaign} không có đề cương để ghi nội dung",
  },
  NARRATIVE_VERSION_CONFLICT: {
    kind: "conflict",
    message:
      "nội dung mục {section} của đơn vị {unit} đã được người khác thay đổi (phiên bản hiện tại: {actual})",
  },
} as const satisfies IssueCodeTable;
