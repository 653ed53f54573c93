import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dataValueSetSchema } from "../data/data-value.js";
import { formatIssue, formatPath, issue } from "./issue.js";
import { parseWith, zodIssueToIssue } from "./zod-issues.js";

const row = (over: Record<string, unknown>) => ({
  dataElement: "addicts",
  period: "2020",
  orgUnit: "46",
  value: 1,
  ...over,
});

function rowsWith(bad: Record<string, unknown>): unknown {
  const rows: unknown[] = Array.from({ length: 500 }, () => row({}));
  rows.push(bad);
  return { dataValues: rows };
}

function messagesOf(input: unknown): string[] {
  const parsed = parseWith(dataValueSetSchema, input, ["data"]);
  return parsed.ok ? [] : parsed.errors.map(formatIssue);
}

describe("schema messages say what is wrong", () => {
  it("says 'thiếu trường bắt buộc' only when the field is absent", () => {
    const { orgUnit: _, ...withoutUnit } = row({});
    expect(messagesOf(rowsWith(withoutUnit))).toEqual([
      "[INVALID_TYPE] data, dataValues, dòng 501, orgUnit: thiếu trường bắt buộc",
    ]);
  });

  it("names the type needed and the value found when a field has the wrong type", () => {
    expect(messagesOf(rowsWith(row({ orgUnit: 19753 })))).toEqual([
      "[INVALID_TYPE] data, dataValues, dòng 501, orgUnit: kiểu dữ liệu không đúng: cần chuỗi ký tự, nhận được số 19753",
    ]);
    expect(messagesOf([row({})])).toEqual([
      "[INVALID_TYPE] data: kiểu dữ liệu không đúng: cần đối tượng, nhận được danh sách",
    ]);
  });

  it("says what a data value's value may be when it is null or missing", () => {
    const [nullValue] = messagesOf(rowsWith(row({ value: null })));
    expect(nullValue).toBe(
      '[INVALID_UNION] data, dataValues, dòng 501, value: kiểu dữ liệu không đúng: cần số, chuỗi số (như "1.234" hoặc "7,5") hoặc đúng/sai, nhận được null (rỗng)',
    );
    const { value: _, ...withoutValue } = row({});
    expect(messagesOf(rowsWith(withoutValue))[0]).toContain("value: thiếu trường bắt buộc (cần số, chuỗi số");
  });

  it("lists what any union of plain types accepts", () => {
    const schema = z.object({ n: z.union([z.number(), z.literal("auto")]) });
    const parsed = parseWith(schema, { n: true });
    expect(!parsed.ok && parsed.errors[0]?.message).toBe(
      'kiểu dữ liệu không đúng: cần số hoặc "auto", nhận được đúng/sai true',
    );
  });

  it("reads the received type from zod's message when the issue carries no input", () => {
    const parsed = z.object({ a: z.string(), b: z.string() }).safeParse({ b: 3 });
    const issues = parsed.error?.issues.map((i) => zodIssueToIssue(i).message);
    expect(issues).toEqual([
      "thiếu trường bắt buộc",
      "kiểu dữ liệu không đúng: cần chuỗi ký tự, nhận được số",
    ]);
  });

  it("keeps a schema's own Vietnamese message", () => {
    const parsed = parseWith(z.object({ j: z.string().min(1, "cần ghi rõ căn cứ") }), { j: "" });
    expect(!parsed.ok && parsed.errors[0]?.message).toBe("cần ghi rõ căn cứ");
  });
});

describe("paths for people and for programs", () => {
  it("shows rows counted from 1 and keeps the path 0-based", () => {
    const parsed = parseWith(dataValueSetSchema, rowsWith(row({ value: null })));
    expect(!parsed.ok && parsed.errors[0]?.path).toEqual(["dataValues", 500, "value"]);
    expect(formatPath(["dataValues", 500, "value"])).toBe("dataValues, dòng 501, value");
    expect(formatPath([0, "period"])).toBe("dòng 1, period");
  });

  it("does not repeat the row a message already opens with", () => {
    const found = issue("DATA_VALUE_UNREADABLE", "Dòng 501: không đọc được", ["dataValues", 500, "value"]);
    expect(formatIssue(found)).toBe("[DATA_VALUE_UNREADABLE] dataValues, dòng 501, value: không đọc được");
    expect(formatIssue(issue("X", "Dòng 2: y", ["a", 0]))).toBe("[X] a, dòng 1: Dòng 2: y");
    expect(formatIssue(issue("X", "không có đường dẫn"))).toBe("[X] không có đường dẫn");
  });
});
