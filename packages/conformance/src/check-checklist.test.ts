import { builtinCatalog } from "@pctm/catalog";
import { beforeAll, describe, expect, it } from "vitest";
import { checkChecklist } from "./check-checklist.js";
import { parseChecklist } from "./parse-checklist.js";

/** Rows copied from SEED-TARGETS.md: the catalogue must hold each with this exact quote. */
const ROWS = [
  "| 1001-a2 | phấn đấu đạt 85% số xã, phường, thị trấn không có ma tuý (hiện tại 68,98%) | reach 85% |",
  "| 424ct-2c | triệt xóa từ 5 - 10% số điểm mỗi năm trên địa bàn thành phố | range 5–10% per year |",
  "| r-004 | 004, V | phase 1 review before 30/11/2024 |",
];

describe("checkChecklist against the built-in catalogue", () => {
  // Reading the catalogue once takes seconds on a loaded machine: not a test's own time.
  beforeAll(() => builtinCatalog(), 60_000);

  it("finds nothing wrong when every row is encoded with its quote", () => {
    expect(checkChecklist(builtinCatalog(), parseChecklist(ROWS.join("\n")))).toEqual([]);
  });

  it("a quote that differs by one character is reported with both texts", () => {
    const changed = ROWS[0]?.replace("85%", "86%") ?? "";
    const found = checkChecklist(builtinCatalog(), parseChecklist(changed));
    expect(found.map((i) => i.code)).toEqual(["CONFORMANCE_QUOTE_DIFFERS"]);
    expect(found[0]?.message).toContain("1001-a2");
    expect(found[0]?.message).toContain("86%");
  });

  it("a row, a campaign or a table row the catalogue lacks is reported, and an empty checklist fails", () => {
    const found = checkChecklist(
      builtinCatalog(),
      parseChecklist(["| 424ct-zz | không có | x |", "| r-009 | 009 | x |", "| ? | ? | ? |"].join("\n")),
    );
    expect(found.map((i) => i.code)).toEqual([
      "CONFORMANCE_ROW_UNREADABLE",
      "CONFORMANCE_TARGET_MISSING",
      "CONFORMANCE_CAMPAIGN_MISSING",
    ]);
    expect(checkChecklist(builtinCatalog(), parseChecklist("")).map((i) => i.code)).toEqual([
      "CONFORMANCE_CHECKLIST_EMPTY",
    ]);
  });
});
