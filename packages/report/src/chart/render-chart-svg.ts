import type { ChartBlock } from "@pctm/domain";
import { escapeXml } from "./escape-xml.js";

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
/** Fonts with Vietnamese glyphs, Times New Roman first as in the document. */
export const CHART_FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";

/** A round upper bound for the axis (1; 1,2; 1,5; 2 … 8 × 10ⁿ) at or above the largest value. */
function niceMax(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

function formatTick(value: number): string {
  const fixed = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return fixed.replace(".", ",").replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * The chart as a standalone SVG: actual values as bars, the expected trajectory as a dashed line
 * with markers, value labels, a legend. Deterministic text, so it can be compared in tests.
 */
export function renderChartSvg(chart: ChartBlock): string {
  const margin = { top: 36, right: 20, bottom: 64, left: 56 };
  const plotW = CHART_WIDTH - margin.left - margin.right;
  const plotH = CHART_HEIGHT - margin.top - margin.bottom;
  const all = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = niceMax(Math.max(0, ...all) * 1.1);
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;
  const band = plotW / chart.categories.length;
  const cx = (i: number) => margin.left + band * i + band / 2;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${escapeXml(CHART_FONT)}" role="img" aria-label="${escapeXml(chart.title)}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    `<text x="${CHART_WIDTH / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  );
  for (let k = 0; k <= 4; k++) {
    const v = (top / 4) * k;
    const py = y(v).toFixed(1);
    parts.push(
      `<line x1="${margin.left}" y1="${py}" x2="${CHART_WIDTH - margin.right}" y2="${py}" stroke="${k === 0 ? "#000000" : "#d0d0d0"}" stroke-width="1"/>`,
      `<text x="${margin.left - 6}" y="${py}" dy="4" text-anchor="end" font-size="12">${formatTick(v)}</text>`,
    );
  }
  if (chart.unitLabel) {
    parts.push(
      `<text x="${margin.left - 6}" y="${margin.top - 10}" text-anchor="end" font-size="12" font-style="italic">${escapeXml(chart.unitLabel)}</text>`,
    );
  }
  chart.categories.forEach((c, i) => {
    parts.push(
      `<text x="${cx(i).toFixed(1)}" y="${margin.top + plotH + 18}" text-anchor="middle" font-size="13">${escapeXml(c)}</text>`,
    );
  });
  const actual = chart.series.find((s) => s.role === "actual");
  const expected = chart.series.find((s) => s.role === "expected");
  const barW = Math.min(48, band * 0.5);
  actual?.values.forEach((v, i) => {
    if (v === null) return;
    const top = y(v);
    parts.push(
      `<rect x="${(cx(i) - barW / 2).toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${(margin.top + plotH - top).toFixed(1)}" fill="#1f4e79"/>`,
      `<text x="${cx(i).toFixed(1)}" y="${(top - 5).toFixed(1)}" text-anchor="middle" font-size="12">${escapeXml(actual.labels[i] ?? "")}</text>`,
    );
  });
  if (expected) {
    const points = expected.values
      .map((v, i) => (v === null ? null : `${cx(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null);
    if (points.length > 1) {
      parts.push(
        `<polyline points="${points.join(" ")}" fill="none" stroke="#c00000" stroke-width="2" stroke-dasharray="6 4"/>`,
      );
    }
    expected.values.forEach((v, i) => {
      if (v === null) return;
      parts.push(`<circle cx="${cx(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="#c00000"/>`);
    });
  }
  const legendY = CHART_HEIGHT - 18;
  const legend: string[] = [];
  if (actual) {
    legend.push(
      `<rect x="${CHART_WIDTH / 2 - 170}" y="${legendY - 10}" width="14" height="12" fill="#1f4e79"/>`,
      `<text x="${CHART_WIDTH / 2 - 150}" y="${legendY}" font-size="13">${escapeXml(actual.name)}</text>`,
    );
  }
  if (expected) {
    legend.push(
      `<line x1="${CHART_WIDTH / 2 + 10}" y1="${legendY - 4}" x2="${CHART_WIDTH / 2 + 34}" y2="${legendY - 4}" stroke="#c00000" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<circle cx="${CHART_WIDTH / 2 + 22}" cy="${legendY - 4}" r="4" fill="#c00000"/>`,
      `<text x="${CHART_WIDTH / 2 + 42}" y="${legendY}" font-size="13">${escapeXml(expected.name)}</text>`,
    );
  }
  parts.push(...legend, "</svg>");
  return parts.join("\n");
}
