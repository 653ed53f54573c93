import { findSection, type Outline } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { getBuiltinOutline, listBuiltinOutlines } from "./index.js";

// That the built-in outlines print exactly as the seed texts is checked against the seeds themselves by
// `npm run conformance` (packages/conformance); these tests need nothing outside the repository.
describe("the built-in outlines carry their bindings", () => {
  it("seed 000 Phần thứ nhất III (ĐÁNH GIÁ CHUNG) binds the twelve national targets, in the seed's order", () => {
    const section = findSection(getBuiltinOutline("tong-ket-ctpcmt-2020") as Outline, "danh-gia-chung");
    expect(section?.title).toBe("ĐÁNH GIÁ CHUNG");
    // The 424nat rows of SEED-TARGETS.md, in order (npm run conformance compares with the file itself).
    expect(section?.bindings?.targets).toEqual([
      "424nat-1",
      "424nat-2",
      "424nat-3",
      "424nat-4",
      "424nat-5",
      "424nat-6a",
      "424nat-6",
      "424nat-6c",
      "424nat-6d",
      "424nat-6e",
      "424nat-7a",
      "424nat-7b",
    ]);
  });

  it("seed 004 §2.1 asks for the counts of people; seed 003 §1.4 names one agency per focus item", () => {
    const s21 = findSection(
      getBuiltinOutline("ra-soat-nghien-diem-2024") as Outline,
      "ra-soat-nguoi-nghien-su-dung",
    );
    expect(s21?.bindings?.dataElements).toEqual(
      expect.arrayContaining([
        "addicts_registered",
        "illegal_users_registered",
        "post_rehab_managed",
        "substitution_patients",
      ]),
    );
    const s14 = findSection(getBuiltinOutline("so-ket-ct36-2024") as Outline, "noi-dung-theo-co-quan");
    const perAgency = (s14?.guidance ?? []).filter((item) => item.kind === "-");
    expect(s14?.bindings?.agencies).toHaveLength(perAgency.length);
  });

  it("every built-in outline is valid and has unique ids", () => {
    const outlines = listBuiltinOutlines();
    expect(outlines.map((o) => o.id)).toEqual([
      "tong-ket-ctpcmt-2020",
      "so-ket-ct36-2024",
      "ra-soat-nghien-diem-2024",
    ]);
  });
});
