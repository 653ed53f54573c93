import type { ScalingPoint } from "./bench-scaling.js";

const WIDTH = 720;
const HEIGHT = 420;
const MARGIN = { left: 80, right: 220, top: 40, bottom: 60 };

const SERIES = [
  { label: "(a) typed-array floor", colour: "#555555", pick: (p: ScalingPoint) => p.floorCpuMs },
  { label: "figure cube (exact roll-up)", colour: "#1f77b4", pick: (p: ScalingPoint) => p.cubeCpuMs },
  { label: "judging every target", colour: "#d62728", pick: (p: ScalingPoint) => p.judgeCpuMs },
] as const;

const log10 = (x: number) => Math.log10(Math.max(x, 1e-3));

/**
 * The cost of each path against the size of the data (units × periods, as values), both axes
 * logarithmic, drawn from measured points as SVG: a straight line of slope 1 is linear growth.
 */
export function renderScalingChart(points: readonly ScalingPoint[]): string {
  const xs = points.map((p) => p.communes * p.periods);
  const ys = points.flatMap((p) => SERIES.map((s) => s.pick(p)));
  const [x0, x1] = [Math.floor(log10(Math.min(...xs))), Math.ceil(log10(Math.max(...xs)))];
  const [y0, y1] = [Math.floor(log10(Math.min(...ys))), Math.ceil(log10(Math.max(...ys)))];
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (x: number) => MARGIN.left + ((log10(x) - x0) / (x1 - x0 || 1)) * plotW;
  const sy = (y: number) => MARGIN.top + plotH - ((log10(y) - y0) / (y1 - y0 || 1)) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="DejaVu Sans, sans-serif" font-size="12">`,
    // The text a screen reader (and the lint's accessibility rule) reads for the picture.
    `<title>CPU time of each benchmarked cost against data size (communes × periods), log–log</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="white"/>`,
    `<text x="${MARGIN.left}" y="22" font-size="14" font-weight="bold">CPU time against data size (log–log)</text>`,
  ];
  for (let e = y0; e <= y1; e++) {
    const y = sy(10 ** e);
    out.push(`<line x1="${MARGIN.left}" x2="${MARGIN.left + plotW}" y1="${y}" y2="${y}" stroke="#e0e0e0"/>`);
    out.push(
      `<text x="${MARGIN.left - 8}" y="${y + 4}" text-anchor="end">${(10 ** e).toLocaleString("en")} ms</text>`,
    );
  }
  for (let e = x0; e <= x1; e++) {
    const x = sx(10 ** e);
    out.push(`<line x1="${x}" x2="${x}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${x}" y="${MARGIN.top + plotH + 18}" text-anchor="middle">10^${e}</text>`);
  }
  out.push(
    `<text x="${MARGIN.left + plotW / 2}" y="${HEIGHT - 18}" text-anchor="middle">communes × periods (${points.map((p) => p.provinces).join(", ")} provinces)</text>`,
  );
  SERIES.forEach((s, i) => {
    const path = points.map(
      (p, k) => `${k === 0 ? "M" : "L"}${sx(p.communes * p.periods).toFixed(1)},${sy(s.pick(p)).toFixed(1)}`,
    );
    out.push(`<path d="${path.join(" ")}" fill="none" stroke="${s.colour}" stroke-width="2"/>`);
    for (const p of points) {
      out.push(
        `<circle cx="${sx(p.communes * p.periods).toFixed(1)}" cy="${sy(s.pick(p)).toFixed(1)}" r="3" fill="${s.colour}"/>`,
      );
    }
    const ly = MARGIN.top + 20 + i * 22;
    out.push(
      `<line x1="${WIDTH - MARGIN.right + 16}" x2="${WIDTH - MARGIN.right + 40}" y1="${ly}" y2="${ly}" stroke="${s.colour}" stroke-width="2"/>`,
    );
    out.push(`<text x="${WIDTH - MARGIN.right + 46}" y="${ly + 4}">${s.label}</text>`);
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
