/** Visible width of a cell: NFC code points, ignoring any combining marks left over. */
function width(text: string): number {
  return [...text.normalize("NFC").replace(/[\u0300-\u036f]/g, "")].length;
}

function pad(text: string, size: number, alignRight: boolean): string {
  const fill = " ".repeat(Math.max(0, size - width(text)));
  return alignRight ? fill + text : text + fill;
}

export interface TableOptions {
  /** Indexes of columns aligned right (numbers). */
  readonly right?: readonly number[];
}

/** A plain-text table with a header rule, for people at a terminal. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const sizes = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const right = new Set(options.right ?? []);
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, sizes[i] ?? 0, right.has(i)))
      .join("  ")
      .trimEnd();
  const rule = sizes.map((s) => "─".repeat(s)).join("  ");
  return `${[line(header), rule, ...rows.map(line)].join("\n")}\n`;
}
