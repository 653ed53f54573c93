import { issue } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { formatCliIssue } from "./print-issues.js";

describe("formatCliIssue: one way to say where a problem is", () => {
  const row = issue("DATA_VALUE_UNREADABLE", "Dòng 501: không đọc được giá trị", [
    "dataValues",
    500,
    "value",
  ]);

  it("option, file, then the place in the file without its top key, rows from 1, then the message", () => {
    expect(formatCliIssue(row, { option: "--data", file: "data.json", topKey: "dataValues" })).toBe(
      "[DATA_VALUE_UNREADABLE]: --data data.json: dòng 501, value: không đọc được giá trị",
    );
  });

  it("a bare array's issue (no top key) reads the same", () => {
    const bare = { ...row, path: [500, "value"] };
    expect(formatCliIssue(bare, { option: "--data", file: "data.json", topKey: "dataValues" })).toBe(
      formatCliIssue(row, { option: "--data", file: "data.json", topKey: "dataValues" }),
    );
  });

  it("an option without a file, and a path that only repeats the option, name the option once", () => {
    expect(
      formatCliIssue(issue("DATE_NOT_IN_CALENDAR", "không có ngày đó", ["date"]), {
        option: "--as-of",
        topKey: "date",
      }),
    ).toBe("[DATE_NOT_IN_CALENDAR]: --as-of: không có ngày đó");
    expect(
      formatCliIssue(issue("FILE_NOT_FOUND", "không tìm thấy tệp x", ["--data"]), { option: "--data" }),
    ).toBe("[FILE_NOT_FOUND]: --data: không tìm thấy tệp x");
    expect(
      formatCliIssue(issue("FILE_NOT_FOUND", "không tìm thấy tệp x", ["data"]), { option: "--data" }),
    ).toBe("[FILE_NOT_FOUND]: --data: không tìm thấy tệp x");
  });

  it("no source: the kernel's own line", () => {
    expect(formatCliIssue(row)).toBe(
      "[DATA_VALUE_UNREADABLE]: dataValues, dòng 501, value: không đọc được giá trị",
    );
    expect(formatCliIssue(issue("X", "thông báo"))).toBe("[X]: thông báo");
  });
});
