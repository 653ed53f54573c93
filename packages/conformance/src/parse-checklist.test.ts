import { describe, expect, it } from "vitest";
import { parseChecklist } from "./parse-checklist.js";

/** A few rows in the shape of SEED-TARGETS.md (quotes copied from it), and one row in no known shape. */
const FIXTURE = [
  "# Targets",
  "",
  "| id | quote | kind |",
  "| --- | --- | --- |",
  "| 1001-a3 | 100% cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học không có tệ nạn ma túy | share ≥ 100% |",
  "| 424nat-6 | mỗi năm hơn 1 % số người nghiện ma túy có hồ sơ quản lý đủ tiêu chuẩn đưa ra khỏi diện | as 424ct-3b |",
  "| 424ct-g2 | 100% trường học trên địa bàn đạt tiêu chí “Trường học không có ma túy” | share ≥ 100% |",
  "| Ghi chú | không phải một dòng mục tiêu |",
  "",
  "| id | source | obligation |",
  "| --- | --- | --- |",
  "| r-002 | 002, V | reports every 6 months and every year |",
].join("\n");

describe("parseChecklist", () => {
  const checklist = parseChecklist(FIXTURE);

  it("reads target rows with their id, quote (NFC) and line", () => {
    expect(checklist.targets.map((t) => [t.id, t.line])).toEqual([
      ["1001-a3", 5],
      ["424nat-6", 6],
      ["424ct-g2", 7],
    ]);
    expect(checklist.targets[2]?.quote).toBe(
      "100% trường học trên địa bàn đạt tiêu chí “Trường học không có ma túy”",
    );
  });

  it("reads campaign rows apart from targets", () => {
    expect(checklist.campaigns).toEqual([{ id: "r-002", line: 12 }]);
  });

  it("reports a table row in no known shape instead of skipping it", () => {
    expect(checklist.unreadable).toEqual([{ line: 8, text: "| Ghi chú | không phải một dòng mục tiêu |" }]);
  });

  it("reads decomposed (NFD) text as NFC", () => {
    const nfd = parseChecklist(
      "| 1001-b1 | 100% số người nghiện ma túy được phát hiện và quản lý | x |".normalize("NFD"),
    );
    expect(nfd.targets[0]?.quote).toBe(
      "100% số người nghiện ma túy được phát hiện và quản lý".normalize("NFC"),
    );
  });
});
