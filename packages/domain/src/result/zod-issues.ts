import type { z } from "zod";
import { type Issue, issue } from "./issue.js";
import { err, ok, type Result } from "./result.js";

/** Vietnamese wording for what zod found, keyed by zod's issue code. */
function describeZodIssue(found: z.core.$ZodIssue): string {
  switch (found.code) {
    case "invalid_type":
      return found.input === undefined
        ? "thiếu trường bắt buộc"
        : `kiểu dữ liệu không đúng: cần ${vietnameseTypeName(found.expected)}`;
    case "too_small":
      return `giá trị quá nhỏ (tối thiểu ${String(found.minimum)})`;
    case "too_big":
      return `giá trị quá lớn (tối đa ${String(found.maximum)})`;
    case "invalid_value":
      return `giá trị không hợp lệ; chỉ chấp nhận: ${found.values.map((v) => JSON.stringify(v)).join(", ")}`;
    case "invalid_format":
      return `định dạng không hợp lệ (${found.format})`;
    case "unrecognized_keys":
      return `trường không được hỗ trợ: ${found.keys.join(", ")}`;
    case "invalid_union":
      return "không khớp với bất kỳ dạng hợp lệ nào";
    case "not_multiple_of":
      return `phải là bội số của ${String(found.divisor)}`;
    default:
      return found.message && !/^[A-Z]/.test(found.message) ? found.message : "giá trị không hợp lệ";
  }
}

function vietnameseTypeName(expected: string): string {
  const names: Record<string, string> = {
    string: "chuỗi ký tự",
    number: "số",
    int: "số nguyên",
    boolean: "đúng/sai",
    array: "danh sách",
    object: "đối tượng",
    bigint: "số nguyên lớn",
    date: "ngày",
  };
  return names[expected] ?? expected;
}

/**
 * Stable codes for schema failures: INVALID_TYPE, INVALID_VALUE, INVALID_FORMAT, INVALID_UNION,
 * INVALID_TOO_SMALL, INVALID_TOO_BIG, INVALID_UNRECOGNIZED_KEYS … (zod's own code, prefixed once).
 */
export function schemaIssueCode(zodCode: string): string {
  const upper = zodCode.toUpperCase();
  return upper.startsWith("INVALID_") ? upper : `INVALID_${upper}`;
}

export function zodIssueToIssue(found: z.core.$ZodIssue, basePath: readonly (string | number)[] = []): Issue {
  const path = [...basePath, ...found.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  // A custom refinement may carry its own stable code and Vietnamese message in `params`.
  const params = (found as { params?: { code?: string } }).params;
  if (found.code === "custom" && params?.code) return issue(params.code, found.message, path);
  return issue(schemaIssueCode(found.code), describeZodIssue(found), path);
}

/** Parse input against a schema, returning a Result with Vietnamese, path-named errors. */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: readonly (string | number)[] = [],
): Result<z.infer<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((i) => zodIssueToIssue(i, basePath)));
}
