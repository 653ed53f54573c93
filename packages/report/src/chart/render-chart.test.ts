import type { ChartBlock } from "@pctm/domain";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartFontOptions } from "./chart-fonts.js";
import { renderChartPng } from "./render-chart-png.js";
import { CHART_WIDTH, renderChartSvg } from "./render-chart-svg.js";

const chart: ChartBlock = {
  kind: "chart",
  id: "c1",
  title: "Tỷ lệ điểm, tụ điểm được triệt xóa <năm>",
  unitLabel: "%",
  categories: ["2017", "2018", "2019", "2020"],
  series: [
    { name: "Thực hiện", role: "actual", values: [4, 6, null, 7.5], labels: ["4%", "6%", null, "7,5%"] },
    { name: "Mục tiêu (lộ trình)", role: "expected", values: [5, 5, 5, 5], labels: ["5%", "5%", "5%", "5%"] },
  ],
};

describe("renderChartSvg", () => {
  const svg = renderChartSvg(chart);

  it("draws one bar per actual value, none where there is no value, and the expected line", () => {
    expect(svg.match(/fill="#1f4e79"\/>/g)?.length).toBe(3 + 1); // three bars and the legend swatch
    expect(svg).toContain("<polyline");
    expect(svg.match(/<circle /g)?.length).toBe(4 + 1);
  });

  it("keeps Vietnamese text and escapes markup", () => {
    expect(svg).toContain("Tỷ lệ điểm, tụ điểm được triệt xóa &lt;năm&gt;");
    expect(svg).toContain(">7,5%</text>");
    expect(svg).toContain(">Mục tiêu (lộ trình)</text>");
  });
});

describe("renderChartPng", () => {
  it("gives a PNG twice the SVG's width", () => {
    const png = renderChartPng(chart);
    expect(Buffer.from(png.subarray(1, 4)).toString("ascii")).toBe("PNG");
    const width = Buffer.from(png).readUInt32BE(16);
    expect(width).toBe(1280);
  });
});

describe("chartFontOptions", () => {
  it("finds one serif family with Vietnamese glyphs once, instead of every system font per chart", () => {
    const fonts = chartFontOptions();
    expect(chartFontOptions()).toBe(fonts);
    // The test machine has Liberation Serif (LibreOffice's Times New Roman substitute) or Times New Roman.
    expect(fonts.loadSystemFonts).toBe(false);
    expect(["Times New Roman", "Liberation Serif"]).toContain(fonts.defaultFontFamily);
    expect(fonts.fontFiles?.length).toBeGreaterThanOrEqual(1);
    expect(fonts.fontFiles?.length).toBeLessThanOrEqual(4);
  });

  it("draws the same PNG as resvg does with all the system's fonts", () => {
    const withSystemFonts = new Resvg(renderChartSvg(chart), {
      fitTo: { mode: "width", value: CHART_WIDTH * 2 },
      font: { loadSystemFonts: true, defaultFontFamily: "Liberation Serif" },
      background: "#ffffff",
    })
      .render()
      .asPng();
    expect(Buffer.from(renderChartPng(chart)).equals(Buffer.from(withSystemFonts))).toBe(true);
  });
});
