import type { ChartBlock } from "@pctm/domain";
import { escapeXml } from "./escape-xml.js";

export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 320;
/** Fonts with Vietnamese glyphs, Times New Roman first as in the document. */
export const CHART_FONT = "'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";

/** The round steps an axis counts in: 1, 2 or 5 × 10ⁿ (0, 5, 10, 15 — never 3,8 or 11,3). */
function niceStep(span: number, most: number): number {
  const rough = span / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const step of [1, 2, 5, 10]) if (step * power >= rough) return step * power;
  return 10 * power;
}

/**
 * The axis: round ticks from a multiple of the step at or below the smallest value (0 unless a value
 * is negative) to one at or above the largest, with room beyond both for a bar's label.
 */
export function axisTicks(low: number, high: number): number[] {
  const reach = Math.max(0, high) - Math.min(0, low);
  const bottom = low < 0 ? low - reach * 0.08 : 0;
  const top = Math.max(0, high) + reach * 0.08;
  const span = top - bottom > 0 ? top - bottom : 1;
  const step = niceStep(span, 6);
  const first = Math.floor(bottom / step + 1e-9);
  const last = Math.max(first + 1, Math.ceil(top / step - 1e-9));
  const ticks: number[] = [];
  // Multiples of the step computed as integers times the step, so 0,1 + 0,2 never prints 0,30000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toFixed(decimals)));
  return ticks;
}

function formatTick(value: number): string {
  const [whole = "0", fraction] = String(Math.abs(value)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${value < 0 ? "-" : ""}${grouped}${fraction ? `,${fraction}` : ""}`;
}

/**
 * The chart as a standalone SVG: actual values as bars (below zero when negative), the expected
 * trajectory as a dashed line with markers or a range target as a band, round axis ticks, value
 * labels, a legend. Deterministic text, so it can be compared in tests.
 */
export function renderChartSvg(chart: ChartBlock): string {
  // The title on the first line, the unit of the axis on its own line below it: they never meet.
  const margin = { top: chart.unitLabel ? 58 : 40, right: 20, bottom: 64, left: 64 };
  const plotW = CHART_WIDTH - margin.left - margin.right;
  const plotH = CHART_HEIGHT - margin.top - margin.bottom;
  const all = chart.series.flatMap((s) =>
    [...s.values, ...(s.upper ?? [])].filter((v): v is number => v !== null),
  );
  const ticks = axisTicks(Math.min(0, ...all), Math.max(0, ...all));
  const bottom = ticks[0] ?? 0;
  const top = ticks[ticks.length - 1] ?? 1;
  const y = (v: number) => margin.top + plotH - ((v - bottom) / (top - bottom)) * plotH;
  const zero = y(0);
  const band = plotW / chart.categories.length;
  const cx = (i: number) => margin.left + band * i + band / 2;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" font-family="${escapeXml(CHART_FONT)}" role="img" aria-label="${escapeXml(chart.title)}">`,
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    `<text x="${CHART_WIDTH / 2}" y="20" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  );
  for (const v of ticks) {
    const py = y(v).toFixed(1);
    parts.push(
      `<line x1="${margin.left}" y1="${py}" x2="${CHART_WIDTH - margin.right}" y2="${py}" stroke="${v === 0 ? "#000000" : "#d0d0d0"}" stroke-width="1"/>`,
      `<text x="${margin.left - 6}" y="${py}" dy="4" text-anchor="end" font-size="12">${formatTick(v)}</text>`,
    );
  }
  if (chart.unitLabel) {
    parts.push(
      `<text x="${margin.left - 6}" y="${margin.top - 14}" text-anchor="end" font-size="12" font-style="italic">${escapeXml(chart.unitLabel)}</text>`,
    );
  }
  chart.categories.forEach((c, i) => {
    parts.push(
      `<text x="${cx(i).toFixed(1)}" y="${margin.top + plotH + 18}" text-anchor="middle" font-size="13">${escapeXml(c)}</text>`,
    );
  });
  const actual = chart.series.find((s) => s.role === "actual");
  const expected = chart.series.find((s) => s.role === "expected");
  const ranged = expected?.upper !== undefined;
  if (expected && ranged) parts.push(...drawBand(expected, cx, y, band));
  const barW = Math.min(48, band * 0.5);
  // Labels go on last, over the target line and its markers, each with a white halo.
  const labels: string[] = [];
  actual?.values.forEach((v, i) => {
    if (v === null) return;
    // A bar runs from zero to its value: up for a positive value, down below the axis for a negative one.
    const end = y(v);
    const label = actual.labels[i] ?? "";
    parts.push(
      `<rect x="${(cx(i) - barW / 2).toFixed(1)}" y="${Math.min(end, zero).toFixed(1)}" width="${barW.toFixed(1)}" height="${Math.abs(zero - end).toFixed(1)}" fill="#1f4e79"/>`,
    );
    labels.push(
      `<text x="${cx(i).toFixed(1)}" y="${(v < 0 ? end + 15 : end - 5).toFixed(1)}" text-anchor="middle" font-size="12" ${HALO}>${escapeXml(label)}</text>`,
    );
  });
  if (expected && !ranged) {
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
  parts.push(...labels);
  const legendY = CHART_HEIGHT - 18;
  const legend: string[] = [];
  if (actual) {
    legend.push(
      `<rect x="${CHART_WIDTH / 2 - 170}" y="${legendY - 10}" width="14" height="12" fill="#1f4e79"/>`,
      `<text x="${CHART_WIDTH / 2 - 150}" y="${legendY}" font-size="13">${escapeXml(actual.name)}</text>`,
    );
  }
  if (expected && ranged) {
    legend.push(
      `<rect x="${CHART_WIDTH / 2 + 10}" y="${legendY - 10}" width="24" height="12" fill="${BAND_FILL}" stroke="#c00000" stroke-width="1" stroke-dasharray="3 2"/>`,
      `<text x="${CHART_WIDTH / 2 + 42}" y="${legendY}" font-size="13">${escapeXml(expected.name)}</text>`,
    );
  } else if (expected) {
    legend.push(
      `<line x1="${CHART_WIDTH / 2 + 10}" y1="${legendY - 4}" x2="${CHART_WIDTH / 2 + 34}" y2="${legendY - 4}" stroke="#c00000" stroke-width="2" stroke-dasharray="6 4"/>`,
      `<circle cx="${CHART_WIDTH / 2 + 22}" cy="${legendY - 4}" r="4" fill="#c00000"/>`,
      `<text x="${CHART_WIDTH / 2 + 42}" y="${legendY}" font-size="13">${escapeXml(expected.name)}</text>`,
    );
  }
  parts.push(...legend, "</svg>");
  return parts.join("\n");
}

const BAND_FILL = "#f4c7c3";
/** A white outline under a bar's label, so a target line or band crossing it never hides it. */
const HALO = 'paint-order="stroke" stroke="#ffffff" stroke-width="3" stroke-linejoin="round"';

/**
 * A range target as a shaded band from its lower to its upper bound across the years that have one
 * (each run of consecutive years one polygon), edged with dashed lines; a lone year is a short band.
 */
function drawBand(
  series: ChartBlock["series"][number],
  cx: (i: number) => number,
  y: (v: number) => number,
  band: number,
): string[] {
  const runs: number[][] = [];
  series.values.forEach((low, i) => {
    const high = series.upper?.[i];
    if (low === null || high === null || high === undefined) return;
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else runs.push([i]);
  });
  const out: string[] = [];
  for (const run of runs) {
    const lows = run.map((i) => series.values[i] as number);
    const highs = run.map((i) => series.upper?.[i] as number);
    // A run is drawn across the whole width of its first and last categories.
    const xs = run.map((i) => cx(i));
    const left = (xs[0] as number) - band * 0.45;
    const right = (xs[xs.length - 1] as number) + band * 0.45;
    const edgeXs = [left, ...xs.slice(1, -1), right];
    const xAt = run.length === 1 ? [left, right] : edgeXs;
    const lowAt = run.length === 1 ? [lows[0], lows[0]] : lows;
    const highAt = run.length === 1 ? [highs[0], highs[0]] : highs;
    const upper = xAt.map((x, k) => `${x.toFixed(1)},${y(highAt[k] as number).toFixed(1)}`);
    const lower = xAt.map((x, k) => `${x.toFixed(1)},${y(lowAt[k] as number).toFixed(1)}`);
    out.push(
      `<polygon points="${[...upper, ...[...lower].reverse()].join(" ")}" fill="${BAND_FILL}" fill-opacity="0.8" stroke="none"/>`,
      `<polyline points="${upper.join(" ")}" fill="none" stroke="#c00000" stroke-width="1.5" stroke-dasharray="6 4"/>`,
      `<polyline points="${lower.join(" ")}" fill="none" stroke="#c00000" stroke-width="1.5" stroke-dasharray="6 4"/>`,
    );
  }
  return out;
}
