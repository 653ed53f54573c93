import { defineIssueCodes } from "@pctm/domain";

/**
 * The codes an adapter raises about its own input and output — files, options, formats — shared by
 * every adapter (the CLI today, the terminal UI next) so a missing file is one code everywhere.
 */
export const ADAPTER_ISSUE_CODES = defineIssueCodes({
  FILE_NOT_FOUND: { kind: "not_found", message: "không tìm thấy tệp {path}" },
  FILE_UNREADABLE: { kind: "unavailable", message: "không đọc được tệp {path} ({reason})" },
  FILE_INVALID_JSON: { kind: "invalid_input", message: "không phải là JSON hợp lệ: {detail}" },
  /** One code for any file or folder an adapter cannot write (was also OUTPUT_UNWRITABLE). */
  FILE_UNWRITABLE: { kind: "unavailable", message: "không ghi được tệp {path} ({reason})" },
  // The unit commands' codes, until the unit use cases' own table is merged (same kinds, so merging agrees).
  LEVEL_INVALID: {
    kind: "invalid_input",
    message: 'cấp phải là 1 (tỉnh), 2 (huyện) hoặc 3 (xã), không phải "{level}"',
  },
  NO_MAPPING: { kind: "not_found", message: 'không có bảng chuyển đổi từ "{from}" sang "{to}"' },
  BENCH_UNKNOWN: { kind: "invalid_input", message: "không có phép đo {names}; có: {known}" },
  UNKNOWN_COMMAND: { kind: "invalid_input", message: 'không có lệnh "{command}"' },
  UNKNOWN_SCHEMA: { kind: "not_found", message: 'không có lược đồ "{schema}" (có: {known})' },
  SEEDS_NOT_FOUND: { kind: "not_found", message: "không tìm thấy các văn bản seed: {seeds}" },
  /** One code for an option a command needs and did not get (was also OPTION_REQUIRED, PERIOD_REQUIRED). */
  MISSING_OPTION: { kind: "invalid_input", message: "thiếu tùy chọn --{option}" },
  /** The command line cannot be read: an unknown option, a value missing, a word not understood. */
  USAGE: { kind: "invalid_input", message: "{detail}" },
  /** What an adapter answers for a failure it did not expect (a bug): said in one line, not a stack trace. */
  INTERNAL: { kind: "internal", message: "lỗi bên trong chương trình: {detail}" },
  /** A single-value option given twice (which one counts would be a guess). */
  OPTION_REPEATED: { kind: "invalid_input", message: "tùy chọn chỉ được ghi một lần" },
  FORMAT_MISSING: {
    kind: "invalid_input",
    message:
      "không biết định dạng của tệp {path}: thêm --format docx|html|md hoặc đặt đuôi tệp .docx/.html/.md",
  },
  FORMAT_INVALID: {
    kind: "invalid_input",
    message: 'định dạng "{format}" không được hỗ trợ: chọn docx, html hoặc md',
  },
  FORMAT_EXTENSION_MISMATCH: {
    kind: "invalid_input",
    message: "tệp {path} có đuôi .{extension} nhưng --format là {format}",
  },
});
