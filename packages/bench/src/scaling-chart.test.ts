import { describe, expect, it } from "vitest";
import type { ScalingPoint } from "./bench-scaling.js";
import { renderScalingChart } from "./scaling-chart.js";

const point = (k: number): ScalingPoint => ({
  provinces: 8 * k,
  communes: 1000 * k,
  periods: 10,
  values: 400_000 * k,
  floorCpuMs: 5 * k,
  cubeCpuMs: 7 * k,
  judgeCpuMs: 60 * k,
  judgements: 20_000 * k,
});

describe("the scaling chart", () => {
  it("is an SVG with a title a screen reader reads, and a line per cost", () => {
    const svg = renderScalingChart([point(1), point(2), point(4)]);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toMatch(/^<title>[^<]+<\/title>$/m);
    for (const label of ["typed-array floor", "figure cube", "judging every target"])
      expect(svg).toContain(label);
    expect(svg.trimEnd().endsWith("</svg>")).toBe(true);
  });
});
