import type { ChartBlock } from "@pctm/domain";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { chartFontOptions } from "./chart-fonts.js";
import { renderChartPng } from "./render-chart-png.js";
import { axisTicks, CHART_WIDTH, renderChartSvg } from "./render-chart-svg.js";

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

describe("the chart's axis and shapes", () => {
  const tickLabels = (svg: string) =>
    [
      ...svg.matchAll(
        /<text x="\d+(?:\.\d)?" y="[\d.]+" dy="4" text-anchor="end" font-size="12">([^<]+)<\/text>/g,
      ),
    ].map((m) => m[1]);

  it("counts the axis in round steps (0, 5, 10, 15), never 3,8 or 11,3", () => {
    expect(axisTicks(0, 15)).toEqual([0, 5, 10, 15, 20]);
    expect(axisTicks(0, 12)).toEqual([0, 5, 10, 15]);
    // 100% leaves little room unused: 0 … 120, not 0 … 150.
    expect(axisTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    expect(axisTicks(0, 0.7)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(axisTicks(0, 123456)).toEqual([0, 50000, 100000, 150000]);
    expect(
      tickLabels(
        renderChartSvg({ ...chart, series: [{ ...chart.series[0], values: [12, 1, 3, 4] } as never] }),
      ),
    ).toEqual(["0", "5", "10", "15"]);
    expect(tickLabels(renderChartSvg(chart))).toEqual(["0", "2", "4", "6", "8", "10"]);
  });

  it("draws a negative value as a bar below zero, with its label under it", () => {
    const svg = renderChartSvg({
      ...chart,
      series: [{ name: "Thực hiện", role: "actual", values: [12, -8], labels: ["12", "-8"] }],
      categories: ["2019", "2020"],
    });
    expect(axisTicks(-8, 12)).toEqual([-10, -5, 0, 5, 10, 15]);
    const zero = Number(/<line x1="\d+" y1="([\d.]+)"[^>]*stroke="#000000"/.exec(svg)?.[1]);
    const bars = [
      ...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)" fill="#1f4e79"\/>/g),
    ];
    const [up, down] = bars.map((m) => ({ y: Number(m[1]), h: Number(m[2]) }));
    expect(up && up.y + up.h).toBeCloseTo(zero, 0);
    expect(down?.y).toBeCloseTo(zero, 0);
    expect(down?.h).toBeGreaterThan(0);
  });

  it("draws a range target as a band between its bounds, not a line at its minimum", () => {
    const svg = renderChartSvg({
      ...chart,
      series: [
        chart.series[0] as ChartBlock["series"][number],
        {
          name: "Mục tiêu (khoảng)",
          role: "expected",
          values: [5, 5, 5, 5],
          labels: ["5%", "5%", "5%", "5%"],
          upper: [10, 10, 10, 10],
        },
      ],
    });
    expect(svg.match(/<polygon /g)?.length).toBe(1);
    expect(svg).not.toContain("<circle ");
    expect(svg).toContain(">Mục tiêu (khoảng)</text>");
  });

  it("keeps the title clear of the axis's unit label", () => {
    const svg = renderChartSvg(chart);
    const titleY = Number(/<text x="320" y="([\d.]+)"[^>]*font-weight="bold"/.exec(svg)?.[1]);
    const unitY = Number(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-style="italic">%<\/text>/.exec(svg)?.[1]);
    // The title is 15 px high on its line: the unit label sits on a line of its own below it.
    expect(unitY - titleY).toBeGreaterThanOrEqual(18);
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
