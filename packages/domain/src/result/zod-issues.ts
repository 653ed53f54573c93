import type { z } from "zod";
import { type Issue, issue } from "./issue.js";
import { err, ok, type Result } from "./result.js";

const TYPE_NAMES: Record<string, string> = {
  string: "chuỗi ký tự",
  number: "số",
  int: "số nguyên",
  boolean: "đúng/sai",
  array: "danh sách",
  object: "đối tượng",
  bigint: "số nguyên lớn",
  date: "ngày",
  null: "null (rỗng)",
  undefined: "không có giá trị",
};

function vietnameseTypeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** "số 19753", "chuỗi ký tự \"x\"", "danh sách", "null (rỗng)": what a field held, for a message. */
export function describeReceived(input: unknown): string {
  if (input === null) return TYPE_NAMES.null as string;
  if (Array.isArray(input)) return TYPE_NAMES.array as string;
  switch (typeof input) {
    case "string":
      return `${TYPE_NAMES.string} ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
    case "number":
    case "boolean":
    case "bigint":
      return `${vietnameseTypeName(typeof input)} ${String(input)}`;
    case "undefined":
      return TYPE_NAMES.undefined as string;
    default:
      return vietnameseTypeName(typeof input);
  }
}

/** "a, b hoặc c". */
function listOr(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} hoặc ${items[items.length - 1]}`;
}

/**
 * What the field held: zod puts `input` on an issue only when parsing with `reportInput: true` (as
 * parseWith does); otherwise the type is read from zod's own message ("…, received number").
 */
function receivedOf(found: z.core.$ZodIssue): { readonly absent: boolean; readonly text: string } {
  if ("input" in found) {
    return { absent: found.input === undefined, text: describeReceived(found.input) };
  }
  const named = /received (\w+)/.exec(found.message ?? "")?.[1];
  if (named === undefined || named === "undefined")
    return { absent: true, text: describeReceived(undefined) };
  return { absent: false, text: vietnameseTypeName(named) };
}

/** A message a schema wrote itself (Vietnamese, lower-case first), rather than zod's English default. */
function ownMessage(found: z.core.$ZodIssue): string | undefined {
  const message = found.message;
  return message && !/^[A-Z]/.test(message) ? message : undefined;
}

/** The types a union accepts, when every alternative failed on the type of the value itself. */
function unionAlternatives(found: z.core.$ZodIssueInvalidUnion): string[] | undefined {
  if (!found.errors || found.errors.length === 0) return undefined;
  const names: string[] = [];
  for (const branch of found.errors) {
    const only = branch.length === 1 ? branch[0] : undefined;
    if (!only || only.path.length > 0) return undefined;
    if (only.code === "invalid_type") names.push(vietnameseTypeName(only.expected));
    else if (only.code === "invalid_value") names.push(...only.values.map((v) => JSON.stringify(v)));
    else return undefined;
  }
  return [...new Set(names)];
}

function wrongType(expected: string, received: { absent: boolean; text: string }): string {
  return received.absent
    ? `thiếu trường bắt buộc (cần ${expected})`
    : `kiểu dữ liệu không đúng: cần ${expected}, nhận được ${received.text}`;
}

/** Vietnamese wording for what zod found, keyed by zod's issue code. */
function describeZodIssue(found: z.core.$ZodIssue): string {
  const own = ownMessage(found);
  if (own) return own;
  switch (found.code) {
    case "invalid_type": {
      const received = receivedOf(found);
      return received.absent
        ? "thiếu trường bắt buộc"
        : wrongType(vietnameseTypeName(found.expected), received);
    }
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
    case "invalid_union": {
      const accepted = unionAlternatives(found);
      if (!accepted) return "không khớp với bất kỳ dạng hợp lệ nào";
      return wrongType(listOr(accepted), receivedOf(found));
    }
    case "not_multiple_of":
      return `phải là bội số của ${String(found.divisor)}`;
    default:
      return "giá trị không hợp lệ";
  }
}

/**
 * Stable codes for schema failures: INVALID_TYPE, INVALID_VALUE, INVALID_FORMAT, INVALID_UNION,
 * INVALID_TOO_SMALL, INVALID_TOO_BIG, INVALID_UNRECOGNIZED_KEYS … (zod's own code, prefixed once).
 */
export function schemaIssueCode(zodCode: string): string {
  const upper = zodCode.toUpperCase();
  return upper.startsWith("INVALID_") ? upper : `INVALID_${upper}`;
}

/**
 * One zod issue as an Issue: a stable code, the path (0-based, for programs; formatPath shows it to
 * people with rows counted from 1) and a Vietnamese message. "thiếu trường bắt buộc" only when the
 * field is absent; a field present with the wrong type says what was needed and what was found.
 */
export function zodIssueToIssue(found: z.core.$ZodIssue, basePath: readonly (string | number)[] = []): Issue {
  const path = [...basePath, ...found.path.map((p) => (typeof p === "symbol" ? String(p) : p))];
  // A custom refinement may carry its own stable code and Vietnamese message in `params`.
  const params = (found as { params?: { code?: string } }).params;
  if (found.code === "custom" && params?.code) return issue(params.code, found.message, path);
  return issue(schemaIssueCode(found.code), describeZodIssue(found), path);
}

/**
 * Parse input against a schema, returning a Result with Vietnamese, path-named errors. Parses with
 * zod's `reportInput` so a message can say what a field held.
 */
export function parseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  basePath: readonly (string | number)[] = [],
): Result<z.infer<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (parsed.success) return ok(parsed.data);
  return err(parsed.error.issues.map((i) => zodIssueToIssue(i, basePath)));
}
