import { describe, expect, it } from "vitest";
import { rational } from "../number/rational.js";
import { buildTargetChart } from "./target-chart.js";

describe("buildTargetChart", () => {
  it("gives a range target its upper bounds, so it is drawn as a band", () => {
    const chart = buildTargetChart({
      id: "c",
      title: "Tỷ lệ triệt xóa",
      valueType: "percent",
      points: [
        { label: "2019", actual: rational(15, 2), expected: rational(5), expectedMax: rational(10) },
        { label: "2020", actual: rational(3), expected: rational(5), expectedMax: rational(10) },
      ],
    });
    const expected = chart.series.find((s) => s.role === "expected");
    expect(expected?.name).toBe("Mục tiêu (khoảng)");
    expect([expected?.values, expected?.upper]).toEqual([
      [5, 5],
      [10, 10],
    ]);
  });

  it("keeps a one-value target a line, without upper bounds", () => {
    const chart = buildTargetChart({
      id: "c",
      title: "Tỷ lệ",
      valueType: "percent",
      points: [{ label: "2019", actual: rational(1), expected: rational(2) }],
    });
    expect(chart.series[1]).not.toHaveProperty("upper");
    expect(chart.series[1]?.name).toBe("Mục tiêu (lộ trình)");
  });
});
