const BARS = "▁▂▃▄▅▆▇█";

/**
 * A one-line chart of a series: one bar per value scaled between the series' smallest and largest,
 * "·" where there is no value. Display only: verdicts never come from it.
 */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (known.length === 0) return values.map(() => "·").join("");
  const low = Math.min(...known);
  const high = Math.max(...known);
  return values
    .map((v) => {
      if (v === null || !Number.isFinite(v)) return "·";
      if (high === low) return BARS[3];
      const step = Math.round(((v - low) / (high - low)) * (BARS.length - 1));
      return BARS[step];
    })
    .join("");
}
