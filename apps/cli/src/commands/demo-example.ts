import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { verdictRows } from "@pctm/app";
import { VERDICTS, type Verdict } from "@pctm/domain";
import { renderTable } from "../table.js";

/**
 * examples/hue-2020 in the working directory or above it, else in the repository this CLI sits in
 * (found by walking up from this module, which works from src/ in tests and from dist/ when built).
 */
export function defaultExampleDir(cwd: string): string {
  for (const start of [cwd, dirname(fileURLToPath(import.meta.url))]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, "examples", "hue-2020");
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return resolve(cwd, "examples/hue-2020");
}

function verdictSummary(verdicts: readonly Verdict[]): string {
  const counts = new Map<Verdict, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].map(([v, n]) => `${VERDICTS[v]}: ${n}`).join(" · ");
}

/** What `pctm demo` prints for people: the verdict table, the tally, and the files written. */
export function formatDemoSummary(
  rows: ReturnType<typeof verdictRows>,
  written: readonly string[],
  cwd: string,
): string {
  const table = renderTable(
    ["Mục tiêu", "Kỳ", "Yêu cầu", "Thực hiện", "Kết quả"],
    rows.map((r) => [r.targetId, r.period, r.expected, r.actual, r.verdictLabel]),
    { right: [3] },
  );
  return [
    "Báo cáo tổng kết Chương trình phòng, chống ma túy đến năm 2020 — Thừa Thiên Huế (số liệu mẫu)\n\n",
    table,
    `\n${rows.length} lượt đánh giá — ${verdictSummary(rows.map((r) => r.verdict as Verdict))}\n\n`,
    "Đã xuất:\n",
    ...written.map((path) => `  ${relative(cwd, path) || path}\n`),
  ].join("");
}
