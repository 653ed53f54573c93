import { describe, expect, it } from "vitest";
import { citeDated } from "./cite-dated.js";

const refs = [
  { reference: "483/KH-BCA-C04", date: "2024-10-07" },
  { reference: "483/KH-UBQG-BCA", date: "2019-12-18" },
];

describe("citeDated", () => {
  it("dates a citation of a catalogued document", () => {
    expect(citeDated("Sơ kết thực hiện Kế hoạch số 483/KH-BCA-C04", refs)).toBe(
      "Sơ kết thực hiện Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024",
    );
  });

  it("leaves a citation already dated, and numbers that only begin the same way", () => {
    const dated = "Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024 và 483/KH-BCA-C04X";
    expect(citeDated(dated, refs)).toBe(dated);
  });

  it("tells two documents of the same number apart by their symbol", () => {
    expect(citeDated("Kế hoạch 483/KH-UBQG-BCA", refs)).toBe("Kế hoạch 483/KH-UBQG-BCA ngày 18/12/2019");
  });
});
