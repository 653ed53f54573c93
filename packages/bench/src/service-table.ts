import type { LoadFigures } from "./service-load.js";

/** A line of a service table: a load run, or a single request timed alone. */
export type ServiceLine =
  | { readonly name: string; readonly load: LoadFigures }
  | { readonly name: string; readonly single: { readonly wallMs: number; readonly serverCpuMs: number } };

const ms = (value: number) =>
  Number.isNaN(value)
    ? "—"
    : value >= 100
      ? value.toFixed(0)
      : value >= 10
        ? value.toFixed(1)
        : value.toFixed(2);

/**
 * Prints a service table: answers per second, p99 latency, the servers' (and PostgreSQL's) CPU per
 * answer, the cores the run kept busy (servers, PostgreSQL and load tool: the rest of the machine's
 * cores went to its neighbours), and how many times /health's throughput is this line's. The first
 * load line is the reference.
 */
export function printServiceTable(
  title: string,
  lines: readonly ServiceLine[],
  engine: "sqlite" | "postgres" = "sqlite",
): void {
  const reference = lines.find((l): l is Extract<ServiceLine, { load: LoadFigures }> => "load" in l);
  const postgres = engine === "postgres";
  const head = [
    "",
    "answers/s",
    "p99",
    "server CPU each",
    ...(postgres ? ["PostgreSQL CPU each"] : []),
    "cores busy",
    "vs reference",
  ];
  const rows = lines.map((l) => {
    if ("single" in l)
      return [
        l.name,
        "one at a time",
        `${ms(l.single.wallMs)} ms`,
        `${ms(l.single.serverCpuMs)} ms`,
        ...(postgres ? [""] : []),
        "",
        "",
      ];
    const f = l.load;
    const ratio =
      l === reference
        ? "reference"
        : f.perSecond > 0 && reference
          ? `${(reference.load.perSecond / f.perSecond).toFixed(1)}× fewer`
          : "—";
    return [
      `${l.name}${f.failed ? ` (${f.failed} failed)` : ""}`,
      f.perSecond.toFixed(f.perSecond >= 100 ? 0 : 1),
      `${ms(f.p99Ms)} ms`,
      `${ms(f.serverCpuMsEach)} ms`,
      ...(postgres ? [`${ms(f.postgresCpuMsEach)} ms`] : []),
      f.busyCores.toFixed(2),
      ratio,
    ];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join("  ");
  console.log(`\n${title}`);
  console.log(line(head));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
