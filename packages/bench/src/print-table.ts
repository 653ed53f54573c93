/** A benchmark line: what was measured, its time, and its ratio to the reference of its group. */
export interface BenchRow {
  readonly name: string;
  readonly wallMs: number;
  readonly cpuMs?: number;
  /** "× reference": how many times slower (>1) or faster (<1) than the group's reference. */
  readonly ratio?: number;
  readonly note?: string;
}

function fmt(ms: number): string {
  if (Number.isNaN(ms)) return "—";
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}

/** Prints a group of rows as an aligned table, the reference first. */
export function printTable(title: string, rows: readonly BenchRow[]): void {
  const lines = rows.map((r) => [
    r.name,
    Number.isNaN(r.wallMs) ? "—" : `${fmt(r.wallMs)} ms`,
    r.cpuMs === undefined ? "" : `${fmt(r.cpuMs)} ms`,
    r.ratio === undefined ? "reference" : `${r.ratio.toFixed(2)}×`,
    r.note ?? "",
  ]);
  // Ratios are of CPU time: on a shared machine wall time also measures the neighbours.
  const head = ["", "wall", "cpu", "cpu vs reference", ""];
  const widths = head.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const row = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 || i === 4 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join("  ");
  console.log(`\n${title}`);
  console.log(row(head));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const l of lines) console.log(row(l));
}
