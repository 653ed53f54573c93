import type { IssueCodeTable } from "./issue-kind.js";

/**
 * Every issue code the kernel raises, with its kind and its Vietnamese message template. The
 * `{placeholders}` are filled where the issue is raised; the template is the wording documentation
 * and adapters read. Grouped by area; an entry is one problem, however many places raise it.
 */
export const DOMAIN_ISSUE_CODES = {
  // ── Schema failures (parseWith: zod's own code, prefixed once) ──
  INVALID_TYPE: {
    kind: "invalid_input",
    message: "kiểu dữ liệu không đúng: cần {expected}, nhận được {received}",
  },
  INVALID_VALUE: { kind: "invalid_input", message: "giá trị không hợp lệ; chỉ chấp nhận: {values}" },
  INVALID_FORMAT: { kind: "invalid_input", message: "định dạng không hợp lệ ({format})" },
  INVALID_UNION: { kind: "invalid_input", message: "không khớp với bất kỳ dạng hợp lệ nào" },
  INVALID_TOO_SMALL: { kind: "invalid_input", message: "giá trị quá nhỏ (tối thiểu {minimum})" },
  INVALID_TOO_BIG: { kind: "invalid_input", message: "giá trị quá lớn (tối đa {maximum})" },
  INVALID_UNRECOGNIZED_KEYS: { kind: "invalid_input", message: "trường không được hỗ trợ: {keys}" },
  INVALID_NOT_MULTIPLE_OF: { kind: "invalid_input", message: "phải là bội số của {divisor}" },
  INVALID_KEY: { kind: "invalid_input", message: "khóa không hợp lệ" },
  INVALID_ELEMENT: { kind: "invalid_input", message: "phần tử không hợp lệ" },
  INVALID_CUSTOM: { kind: "invalid_input", message: "giá trị không hợp lệ" },

  // ── Dates ──
  DATE_EMPTY: { kind: "invalid_input", message: "chưa nhập ngày" },
  DATE_INVALID: {
    kind: "invalid_input",
    message: 'ngày "{date}" không đúng dạng YYYY-MM-DD (ví dụ 2020-01-15)',
  },
  DATE_INVALID_ISO: { kind: "invalid_input", message: '"{date}" không phải ngày hợp lệ: {reason}' },
  DATE_INVALID_DAY: {
    kind: "invalid_input",
    message: "ngày {day}/{month}/{year} không tồn tại: tháng {month} năm {year} chỉ có {last} ngày",
  },
  DATE_INVALID_MONTH: {
    kind: "invalid_input",
    message: "tháng {month} không tồn tại: tháng phải từ 1 đến 12",
  },
  DATE_NOT_IN_CALENDAR: { kind: "invalid_input", message: "ngày {date} không tồn tại trong lịch" },
  DATE_YEAR_OUT_OF_RANGE: { kind: "invalid_input", message: "năm {year} nằm ngoài khoảng {min}–{max}" },
  DATE_TWO_DIGIT_YEAR: {
    kind: "invalid_input",
    message: 'năm phải viết đủ 4 chữ số: "{text}" (ví dụ 07/4/2017, không phải 07/4/17)',
  },
  DATE_MISSING_YEAR: { kind: "invalid_input", message: 'ngày "{text}" thiếu năm' },
  DATE_YEAR_ASSUMED: { kind: "invalid_input", message: 'ngày "{text}" không ghi năm: hiểu là năm {year}' },
  DATE_UNRECOGNISED: {
    kind: "invalid_input",
    message:
      'không nhận ra ngày "{text}": dùng dạng 07/4/2017, ngày 07 tháng 4 năm 2017, tháng 8/2020 hoặc năm 2020',
  },
  DATE_NOT_A_DAY: {
    kind: "invalid_input",
    message: 'cần một ngày cụ thể (ví dụ 07/4/2017), nhận được "{text}"',
  },
  DATE_RANGE_REVERSED: { kind: "invalid_input", message: "ngày bắt đầu phải không muộn hơn ngày kết thúc" },
  PLACE_DATE_UNRECOGNISED: {
    kind: "invalid_input",
    message: 'không nhận ra dòng địa danh, ngày tháng "{line}" (ví dụ: Huế, ngày 05 tháng 01 năm 2020)',
  },

  // ── Periods ──
  PERIOD_EMPTY: { kind: "invalid_input", message: "chưa nhập kỳ" },
  PERIOD_INVALID_ID: { kind: "invalid_input", message: 'không nhận ra mã kỳ "{text}": dùng dạng {forms}' },
  PERIOD_NOT_CANONICAL: {
    kind: "invalid_input",
    message: 'mã kỳ "{text}" cần viết đúng dạng chuẩn "{canonical}"',
  },
  PERIOD_INVALID_HALF: {
    kind: "invalid_input",
    message: '"{text}": nửa năm chỉ có S1 (6 tháng đầu) hoặc S2 (6 tháng cuối)',
  },
  PERIOD_INVALID_QUARTER: { kind: "invalid_input", message: '"{text}": quý chỉ từ Q1 đến Q4' },
  PERIOD_INVALID_MONTH: { kind: "invalid_input", message: '"{text}": tháng phải từ 01 đến 12' },
  PERIOD_INVALID_DATE: { kind: "invalid_input", message: '"{text}": {reasons}' },
  PERIOD_RANGE_REVERSED: { kind: "invalid_input", message: '"{text}": ngày bắt đầu sau ngày kết thúc' },
  PERIOD_UNRECOGNISED: { kind: "invalid_input", message: 'không nhận ra kỳ "{text}": dùng dạng {examples}' },
  PERIOD_ASSUMED_FIRST_HALF: {
    kind: "invalid_input",
    message: '"{text}" không nói đầu hay cuối năm: hiểu là 6 tháng đầu năm',
  },

  // ── Document references ──
  REFERENCE_EMPTY: { kind: "invalid_input", message: "chưa nhập số, ký hiệu văn bản" },
  REFERENCE_UNRECOGNISED: {
    kind: "invalid_input",
    message: 'không nhận ra số, ký hiệu "{text}": dùng dạng {example}',
  },
  REFERENCE_INVALID_SYMBOL: {
    kind: "invalid_input",
    message: 'ký hiệu "{symbol}" trong "{text}" có ký tự không hợp lệ',
  },
  REFERENCE_UNKNOWN_TYPE: { kind: "invalid_input", message: '"{text}": không biết loại văn bản "{type}"' },
  REFERENCE_MISSING_ISSUER: {
    kind: "invalid_input",
    message: '"{text}": thiếu ký hiệu cơ quan ban hành sau {type}',
  },
  REFERENCE_CASE_NORMALISED: { kind: "invalid_input", message: '"{text}": {part} viết lại thành {written}' },
  REFERENCE_SPACES_REMOVED: {
    kind: "invalid_input",
    message: '"{text}": bỏ khoảng trắng trong ký hiệu ({written})',
  },
  REFERENCE_PARTY_SHAPE: {
    kind: "invalid_input",
    message: "văn bản của Đảng ghi dạng số-loại/cơ quan (36-CT/TW), không có năm trong ký hiệu",
  },
  REFERENCE_TYPE_MISMATCH: {
    kind: "invalid_input",
    message: '"{quoted}": ký hiệu {type} là {expected}, không phải {stated}',
  },

  // ── Data values ──
  DATA_VALUE_INVALID: { kind: "invalid_input", message: "cần đủ dataElement, period, orgUnit và value" },
  DATA_VALUE_INVALID_PERIOD: { kind: "invalid_input", message: 'kỳ "{period}" không phải mã kỳ: {reason}' },
  DATA_VALUE_UNKNOWN_ELEMENT: { kind: "invalid_input", message: 'không có phần tử dữ liệu mã "{element}"' },
  DATA_VALUE_UNREADABLE: {
    kind: "invalid_input",
    message: 'không đọc được giá trị {value} của "{element}" (cần {valueType})',
  },
  DATA_VALUE_DUPLICATE: {
    kind: "invalid_input",
    message: 'giá trị của "{element}" tại {unit}, kỳ {period} đã có ở dòng {earlier}',
  },
  DATA_VALUE_UNKNOWN_UNIT: {
    kind: "invalid_input",
    message: 'không có đơn vị mã "{unit}" trong danh mục "{edition}"',
  },
  DATA_VALUE_OUTSIDE_UNIT: {
    kind: "invalid_input",
    message: "{rows} dòng số liệu của {units} đơn vị ngoài {unit} không được dùng",
  },

  // ── Formulas and indicators ──
  FORMULA_SYNTAX: {
    kind: "invalid_input",
    message: "công thức sai cú pháp {where}: cần {expected}, gặp {found}",
  },
  FORMULA_EMPTY: { kind: "invalid_input", message: "công thức trống" },
  FORMULA_UNKNOWN_FUNCTION: { kind: "invalid_input", message: "không có hàm {name}" },
  FORMULA_ARITY: { kind: "invalid_input", message: "phép {operator} cần ít nhất 2 toán hạng" },
  FORMULA_BAD_REFERENCE: { kind: "invalid_input", message: "tham chiếu {reference} không hợp lệ" },
  FORMULA_BAD_PERIOD: { kind: "invalid_input", message: "chọn kỳ {selector} không hợp lệ" },
  FORMULA_BAD_NUMBER: { kind: "invalid_input", message: "không đọc được số: {value}" },
  FORMULA_TOO_DEEP: { kind: "invalid_input", message: "công thức lồng quá {limit} tầng" },
  FORMULA_TYPE_MISMATCH: { kind: "invalid_input", message: "{formula} là {have} nhưng ở đây cần {want}" },
  FORMULA_UNKNOWN_DATA_ELEMENT: { kind: "invalid_input", message: 'không có phần tử dữ liệu mã "{element}"' },
  FORMULA_UNKNOWN_CATEGORY_OPTION: {
    kind: "invalid_input",
    message: 'phần tử "{element}" không có phân tổ "{combo}"',
  },
  FORMULA_UNKNOWN_INDICATOR: { kind: "invalid_input", message: 'không có chỉ số mã "{indicator}"' },
  FORMULA_INDICATOR_CYCLE: { kind: "invalid_input", message: "chỉ số tham chiếu vòng tròn: {chain}" },
  INDICATOR_DUPLICATE_ID: { kind: "invalid_input", message: 'mã chỉ số "{indicator}" bị trùng' },

  // ── Targets ──
  TARGET_INVALID_AS_OF: {
    kind: "invalid_input",
    message: "ngày đánh giá {asOf} không hợp lệ: cần một ngày có thật, dạng YYYY-MM-DD (ví dụ 2020-12-31)",
  },
  TARGET_INVALID_PERIOD: {
    kind: "invalid_input",
    message: "mã kỳ {period} không hợp lệ (dùng 2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30)",
  },
  TARGET_INVALID_NUMBER: {
    kind: "invalid_input",
    message: 'không đọc được số "{value}" (viết như 7,5 hoặc 85)',
  },
  TARGET_DUPLICATE_ID: { kind: "invalid_input", message: 'mã mục tiêu "{target}" bị trùng' },
  TARGET_PERCENT_OUT_OF_RANGE: { kind: "invalid_input", message: "tỷ lệ phải từ 0 đến 100%" },
  TARGET_RANGE_INVERTED: { kind: "invalid_input", message: "cận dưới lớn hơn cận trên" },
  TARGET_NEGATIVE_AMOUNT: {
    kind: "invalid_input",
    message: "mức thay đổi ghi số dương; chiều tăng/giảm ghi ở direction",
  },
  TARGET_COUNT_NOT_INTEGER: { kind: "invalid_input", message: "số lượng phải là số nguyên không âm" },
  TARGET_BASELINE_NOT_BEFORE_DUE: { kind: "invalid_input", message: "kỳ gốc phải trước kỳ đến hạn" },
  TARGET_MILESTONES_UNORDERED: {
    kind: "invalid_input",
    message: "các mốc phải theo thứ tự thời gian, không trùng nhau",
  },
  TARGET_UNKNOWN_PARAMETER: {
    kind: "invalid_input",
    message: '"{name}" không phải tham số điều chỉnh được của loại mục tiêu {kind} (được: {adjustable})',
  },
  TARGET_PARAMETER_NOT_ADJUSTABLE: {
    kind: "invalid_input",
    message: 'mục tiêu "{target}" không cho điều chỉnh "{name}" (được điều chỉnh: {adjustable})',
  },
  TARGET_ASSESSMENT_NO_JUSTIFICATION: {
    kind: "invalid_input",
    message: "cần ghi rõ căn cứ đánh giá (justification): một kết luận không có căn cứ không được chấp nhận",
  },

  // ── Administrative units, editions, patches, remapping ──
  UNIT_NOT_FOUND: { kind: "not_found", message: 'không có đơn vị mã {unit} trong danh mục "{edition}"' },
  UNIT_CODE_DUPLICATE: { kind: "invalid_input", message: "mã đơn vị {unit} bị trùng" },
  UNIT_PARENT_INVALID: { kind: "invalid_input", message: "không có đơn vị cấp trên mã {parent}" },
  UNIT_KIND_LEVEL_MISMATCH: {
    kind: "invalid_input",
    message: 'loại đơn vị "{kind}" thuộc cấp {kindLevel}, không phải cấp {level}',
  },
  UNIT_NAME_EMPTY: { kind: "invalid_input", message: "tên trống" },
  UNIT_HAS_CHILDREN: {
    kind: "conflict",
    message: "đơn vị {unit} còn đơn vị trực thuộc; chuyển hoặc xóa chúng trước",
  },
  EDITION_DATES_REVERSED: { kind: "invalid_input", message: "ngày hết hiệu lực đứng trước ngày có hiệu lực" },
  EDITION_DATE_INVALID: { kind: "invalid_input", message: 'ngày "{date}" không đúng dạng YYYY-MM-DD' },
  EDITION_NOT_IN_FORCE: {
    kind: "not_found",
    message: "không có danh mục đơn vị hành chính nào có hiệu lực vào ngày {date}",
  },
  LEVEL_NOT_IN_EDITION: { kind: "invalid_input", message: 'danh mục "{edition}" không có {level}' },
  ROLLUP_PREDICATE_MISSING: {
    kind: "invalid_input",
    message: "tổng hợp kiểu đếm theo điều kiện cần một điều kiện",
  },
  PATCH_NAME_KIND_STRIPPED: {
    kind: "invalid_input",
    message: 'tên "{name}" bắt đầu bằng "{kind}": lưu là "{stored}" (tên đơn vị không ghi loại)',
  },
  PATCH_BASE_NOT_FOUND: {
    kind: "not_found",
    message: "không có danh mục nào có hiệu lực vào ngày {date} để áp bản sửa lên",
  },
  PATCH_BASE_AMBIGUOUS: {
    kind: "invalid_input",
    message: "bản sửa không ghi validFrom nên không biết sửa danh mục nào ({editions})",
  },
  PATCH_NOT_IN_FORCE: {
    kind: "invalid_input",
    message:
      'bản sửa "{patch}" có hiệu lực {span}, không áp dụng cho danh mục dùng cho số liệu đến {days}: bản sửa không thay đổi kết quả',
  },
  WEIGHT_INVALID: {
    kind: "invalid_input",
    message: 'tỷ lệ "{weight}" không phải số không âm (ví dụ "1/3", "0,25")',
  },
  WEIGHT_DUPLICATE: {
    kind: "invalid_input",
    message: "tỷ lệ {from} → {to} khai {count} lần (dòng {rows}); mỗi cặp chỉ khai một lần",
  },
  WEIGHT_NOT_IN_MAPPING: { kind: "invalid_input", message: "bảng chuyển đổi không có cặp {from} → {to}" },
  WEIGHTS_NOT_COMPLETE: {
    kind: "invalid_input",
    message: "tổng tỷ lệ chia của {from} là {total}, phải bằng 1",
  },
  SPLIT_WITHOUT_WEIGHTS: {
    kind: "check_failed",
    message: "đơn vị {unit} được chia cho {count} đơn vị mới ({units}); cần bảng tỷ lệ để phân bổ",
  },
  UNIT_NOT_IN_MAPPING: { kind: "check_failed", message: "đơn vị {unit} không có trong bảng chuyển đổi" },
  LEVEL_ABOLISHED: {
    kind: "check_failed",
    message: 'đơn vị {unit} thuộc cấp không còn trong danh mục "{edition}"',
  },
  VALUE_NOT_NUMERIC: {
    kind: "check_failed",
    message: 'giá trị "{value}" không phải số nên không cộng dồn hay chia được',
  },
  TARGET_UNIT_REMOVED: {
    kind: "check_failed",
    message: "đơn vị mới {unit} đã bị xóa khỏi danh mục đích (bản sửa danh mục)",
  },

  // ── Outlines: reading, editing, assembling a report ──
  EMPTY_INPUT: { kind: "invalid_input", message: "Văn bản trống: không có nội dung để nhập." },
  NOT_AN_OUTLINE: {
    kind: "invalid_input",
    message:
      "Không tìm thấy đề mục đánh số nào (Phần thứ…, I., 1., 1.1., a)…): văn bản này không phải là một đề cương báo cáo.",
  },
  INVALID_OUTLINE: { kind: "invalid_input", message: "Đề cương đọc được không hợp lệ: {reason}" },
  TITLE_MISSING: {
    kind: "invalid_input",
    message: "Văn bản không có tên đề cương trước mục đầu tiên; dùng tên “{title}”.",
  },
  DAMAGED_TEXT: {
    kind: "invalid_input",
    message:
      "Văn bản ở {lines} bị hỏng mã ký tự (chữ cái bị thay bằng dấu “?”), nên không được nhập vào đề cương.",
  },
  HEADINGS_SPLIT: {
    kind: "invalid_input",
    message: "Dòng {line} có {count} đề mục dính liền nhau; đã tách thành {count} dòng.",
  },
  PAGE_FURNITURE_REMOVED: {
    kind: "invalid_input",
    message: "Đã bỏ các thành phần trình bày trang (dấu trang ẩn của Word, số trang) ở {lines}.",
  },
  PREAMBLE_SKIPPED: {
    kind: "invalid_input",
    message: "Đề cương bắt đầu ở dòng {line}; phần văn bản phía trước không thuộc đề cương nên được bỏ qua.",
  },
  TRAILING_TEXT_SKIPPED: {
    kind: "invalid_input",
    message: "Phần “Nơi nhận” và chữ ký (dòng {from}–{to}) không thuộc đề cương nên được bỏ qua.",
  },
  LINE_JOINED: {
    kind: "invalid_input",
    message:
      "Dòng {line} được coi là phần tiếp theo của dòng {previous} (câu bị ngắt dòng) và đã được nối lại.",
  },
  NUMBERING_MISMATCH: {
    kind: "invalid_input",
    message: "Số thứ tự của mục ở dòng {line} không đúng thứ tự; mục được đánh số lại thành “{printed}”.",
  },
  NUMBERING_GAP: {
    kind: "invalid_input",
    message:
      "Số thứ tự của mục ở dòng {line} không khớp với vị trí của nó; số được đánh lại thành “{printed}”.",
  },
  PART_TITLE_MISSING: {
    kind: "invalid_input",
    message: "Phần ở dòng {line} không có tên (dòng tiếp theo không phải là tên phần).",
  },
  BULLET_NORMALISED: {
    kind: "invalid_input",
    message: "Dấu đầu dòng “{bullet}” ở dòng {line} được đọc là “-”.",
  },
  ROMAN_LOWER_CASE: {
    kind: "invalid_input",
    message: "Mục ở dòng {line} đánh số La Mã bằng chữ thường (“{written}”); đã viết hoa.",
  },
  DOCX_UNREADABLE: {
    kind: "invalid_input",
    message: "Không đọc được tệp Word (.docx): tệp hỏng hoặc không phải định dạng .docx ({detail}).",
  },
  DOCX_NUMBERING_UNKNOWN: {
    kind: "invalid_input",
    message:
      "{count} đoạn có đánh số tự động của Word nhưng không xác định được số; các đoạn này được đọc như không có số.",
  },
  DOCX_LATIN_LETTERS: {
    kind: "invalid_input",
    message:
      "Word đánh chữ cái theo bảng chữ cái Latinh; đã dùng thứ tự chữ cái tiếng Việt (a, b, c, d, đ, e, g…).",
  },
  DUPLICATE_SECTION_ID: {
    kind: "invalid_input",
    message: 'mã mục "{section}" bị trùng: mỗi mục cần một mã riêng',
  },
  SECTION_NOT_FOUND: { kind: "not_found", message: 'không có mục "{section}" trong đề cương' },
  PARENT_NOT_FOUND: { kind: "not_found", message: 'không có mục "{section}" để đặt mục con vào' },
  INVALID_POSITION: { kind: "invalid_input", message: "vị trí {position} không hợp lệ: chỉ từ 0 đến {last}" },
  MOVE_INTO_ITSELF: {
    kind: "invalid_input",
    message: 'không thể chuyển mục "{section}" vào bên trong chính nó',
  },
  LAST_SECTION: { kind: "conflict", message: "đề cương phải còn ít nhất một mục" },
  UNKNOWN_SECTION: {
    kind: "invalid_input",
    message: 'đề cương không có mục "{section}": phần nội dung này không được đưa vào báo cáo',
  },
} as const satisfies IssueCodeTable;

export type DomainIssueCode = keyof typeof DOMAIN_ISSUE_CODES;
