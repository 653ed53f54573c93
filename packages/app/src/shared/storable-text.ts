import type { IssueCodeTable } from "@pctm/domain";
import { z } from "zod";

/**
 * Text a database keeps exactly: PostgreSQL's text columns refuse U+0000, and a lone surrogate (half of
 * an emoji, cut by a broken editor or export) is stored as U+FFFD by both drivers, so it would not
 * read back as written. Both are refused where text enters, with the same code on every engine.
 */
export const STORABLE_TEXT_ISSUE_CODES = {
  TEXT_NUL_CHARACTER: {
    kind: "invalid_input",
    message:
      "trường {field} chứa ký tự NUL (\\u0000), ký tự mà cơ sở dữ liệu không lưu được; hãy xoá ký tự này rồi nhập lại",
  },
  TEXT_NOT_WELL_FORMED: {
    kind: "invalid_input",
    message:
      "trường {field} chứa nửa ký tự Unicode bị cắt (surrogate lẻ) nên không lưu lại được đúng như đã nhập; hãy gõ lại ký tự đó",
  },
} as const satisfies IssueCodeTable;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The code of the first reason `text` cannot be stored exactly, or undefined when it can. */
export function unstorableTextCode(text: string): keyof typeof STORABLE_TEXT_ISSUE_CODES | undefined {
  if (text.includes("\u0000")) return "TEXT_NUL_CHARACTER";
  if (LONE_SURROGATE.test(text)) return "TEXT_NOT_WELL_FORMED";
  return undefined;
}

/** The Vietnamese message of that code for one field. */
export function unstorableTextMessage(code: keyof typeof STORABLE_TEXT_ISSUE_CODES, field: string): string {
  return STORABLE_TEXT_ISSUE_CODES[code].message.replace("{field}", field);
}

/** A string schema (at most `max` characters) that refuses what a database cannot keep exactly. */
export function storableText(field: string, max: number): z.ZodString {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const code = unstorableTextCode(text);
      if (code !== undefined)
        ctx.addIssue({ code: "custom", message: unstorableTextMessage(code, field), params: { code } });
    });
}
