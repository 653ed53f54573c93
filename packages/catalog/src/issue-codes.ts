import { defineIssueCodes } from "@pctm/domain";

/**
 * The catalogue's issue codes: its own checks (check_failed: the packaged data is wrong), lookups
 * (not_found) and plan evaluation, with their Vietnamese templates. Merged into the one registry by
 * the application layer.
 */
export const CATALOG_ISSUE_CODES = defineIssueCodes({
  // ── Lookups ──
  CATALOG_UNKNOWN_PLAN: { kind: "not_found", message: 'không có kế hoạch mã "{plan}"' },
  UNKNOWN_TARGET: { kind: "not_found", message: 'không có mục tiêu mã "{target}"' },
  CAMPAIGN_NOT_FOUND: { kind: "not_found", message: 'không có đợt báo cáo "{campaign}" (có: {known})' },
  OUTLINE_NOT_FOUND: {
    kind: "not_found",
    message: "đợt báo cáo {campaign} không có đề cương dựng sẵn để lập báo cáo",
  },

  // ── Evaluating a plan ──
  PLAN_PERIOD_OUTSIDE_SPAN: {
    kind: "invalid_input",
    message: "{period} ngoài thời hạn của kế hoạch {plan} ({span}); {then}",
  },
  PLAN_UNIT_OUTSIDE_SCOPE: {
    kind: "invalid_input",
    message: "{unit} không thuộc phạm vi của kế hoạch {plan} ({scope})",
  },
  CATALOG_CHOICE_NOT_OFFERED: {
    kind: "invalid_input",
    message: 'mục tiêu {target}: "{value}" không phải lựa chọn cho {field} (được: {options})',
  },
  ASSESSMENT_UNKNOWN_TARGET: {
    kind: "invalid_input",
    message: 'kế hoạch {plan} không có mục tiêu "{target}"; bỏ qua',
  },
  ASSESSMENT_NOT_QUALITATIVE: {
    kind: "invalid_input",
    message: 'mục tiêu "{target}" được đánh giá theo số liệu, không theo đánh giá định tính; bỏ qua',
  },
  ASSESSMENT_OTHER_UNIT: {
    kind: "invalid_input",
    message: 'đánh giá của đơn vị "{unit}", không phải đơn vị đang xét ({current}); bỏ qua',
  },
  ASSESSMENT_NOT_YET_DUE: {
    kind: "invalid_input",
    message:
      'mục tiêu "{target}" chưa đến hạn ở kỳ {period} tính đến ngày {asOf}, nên đánh giá này không được dùng; bỏ qua',
  },

  // ── Checking the packaged catalogue ──
  CATALOG_DUPLICATE_ID: { kind: "check_failed", message: 'mã "{id}" bị trùng' },
  CATALOG_UNKNOWN_DOCUMENT: { kind: "check_failed", message: "{item} dẫn văn bản không có: {document}" },
  CATALOG_UNKNOWN_PROJECT: { kind: "check_failed", message: "{item} nêu dự án không có: {project}" },
  CATALOG_UNKNOWN_TARGET: { kind: "check_failed", message: "{item} nêu mục tiêu không có: {target}" },
  CATALOG_UNKNOWN_INDICATOR: { kind: "check_failed", message: "{item} dùng chỉ số không có: {indicator}" },
  CATALOG_UNKNOWN_DATA_ELEMENT: {
    kind: "check_failed",
    message: "{item} dùng phần tử dữ liệu không có: {element}",
  },
  CATALOG_UNKNOWN_AGENCY: {
    kind: "check_failed",
    message: "{item} nêu cơ quan được phân công không có: {agency}",
  },
  CATALOG_UNKNOWN_OUTLINE: {
    kind: "check_failed",
    message: "đợt báo cáo {campaign} dùng đề cương không có: {outline}",
  },
  CATALOG_PLAN_WITHOUT_DOCUMENT: { kind: "check_failed", message: "kế hoạch {plan} không có văn bản" },
  CATALOG_TARGET_WITHOUT_SOURCE: {
    kind: "check_failed",
    message: "mục tiêu {target} không có nguồn trích dẫn",
  },
  CATALOG_CHOICE_DEFAULT_MISMATCH: {
    kind: "check_failed",
    message: "lựa chọn đầu tiên của {target}.{field} phải là giá trị đang dùng",
  },
  CATALOG_SEED_MISSING: {
    kind: "check_failed",
    message: "không có văn bản seed {seed} để đối chiếu mục tiêu {target}",
  },
  CATALOG_QUOTE_NOT_NFC: { kind: "check_failed", message: "câu trích của {target} chưa chuẩn hóa NFC" },
  CATALOG_QUOTE_NOT_IN_SEED: {
    kind: "check_failed",
    message: "câu trích của {target} không có nguyên văn trong seed {seed}: “{quote}”",
  },
  CATALOG_INVALID_PERIOD: { kind: "check_failed", message: 'mốc số liệu "{period}" không phải mã kỳ' },
  CATALOG_DEADLINE_WITHOUT_DATE: { kind: "check_failed", message: "hạn {deadline} không có ngày hay kỳ" },
  CATALOG_DEADLINES_OUT_OF_ORDER: {
    kind: "check_failed",
    message: "hạn {deadline} ({date}) sớm hơn hạn trước ({previous})",
  },
  CATALOG_DEADLINE_BEFORE_WINDOW: {
    kind: "check_failed",
    message: "hạn {deadline} ({date}) trước khi mốc số liệu bắt đầu",
  },
});

export type CatalogIssueCode = keyof typeof CATALOG_ISSUE_CODES;
