import { describe, expect, it } from "vitest";
import { textWidth } from "./text-width.js";

describe("textWidth (Times New Roman metrics)", () => {
  it("measures header lines as Liberation Serif lays them out, to within 2%", () => {
    // Measured with Liberation Serif (metric-compatible with Times New Roman): 183,8 pt and 258,0 pt.
    expect(Math.abs(textWidth("CÔNG AN TỈNH QUẢNG BÌNH", 26, true) / 20 - 183.8)).toBeLessThan(3.7);
    expect(Math.abs(textWidth("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 25, true) / 20 - 258)).toBeLessThan(5.2);
  });

  it("gives bold text more room than regular, and scales with the size", () => {
    expect(textWidth("QUẢNG BÌNH", 26, true)).toBeGreaterThan(textWidth("QUẢNG BÌNH", 26));
    expect(textWidth("Số", 52)).toBe(2 * textWidth("Số", 26));
  });
});
