import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { verdictRows } from "@pctm/app";
import { issue, VERDICTS, type Verdict } from "@pctm/domain";
import { REPORT_FORMATS, renderReport } from "@pctm/report";
import { readArgs, stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";
import { progressBar } from "../progress.js";
import { readJsonFile } from "../read-json-file.js";
import { renderTable } from "../table.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { reportFromFiles } from "./report-from-files.js";

const USAGE = `pctm demo [--example <thư mục>] [--out-dir <thư mục>]

Chạy ví dụ đầy đủ: lập báo cáo tổng kết Chương trình phòng, chống ma túy đến năm 2020 (đợt r-000,
đề cương của Kế hoạch tổng kết của UBND tỉnh Thừa Thiên Huế) cho tỉnh Thừa Thiên Huế (mã 46) từ bộ số
liệu mẫu (số liệu giả định) trong examples/hue-2020, đánh giá từng mục tiêu, xuất DOCX, HTML và
Markdown vào thư mục out/ và in bảng kết quả đánh giá.

  --example   thư mục ví dụ có data.json và narratives.json (mặc định: examples/hue-2020)
  --out-dir   thư mục kết quả (mặc định: out)`;

const CAMPAIGN = "r-000";
const UNIT = "46";

/**
 * examples/hue-2020 in the working directory or above it, else in the repository this CLI sits in
 * (found by walking up from this module, which works from src/ in tests and from dist/ when built).
 */
function defaultExampleDir(cwd: string): string {
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

async function runDemo(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = readArgs(args, { example: { type: "string" }, "out-dir": { type: "string" } });
  if (!parsed.ok) {
    io.err(`Lỗi [USAGE]: ${parsed.message}\n`);
    return EXIT.usage;
  }
  const exampleOption = stringOption(parsed.args, "example");
  const exampleDir = exampleOption ? resolve(io.cwd, exampleOption) : defaultExampleDir(io.cwd);
  const outDir = resolve(io.cwd, stringOption(parsed.args, "out-dir") ?? "out");

  const data = await readJsonFile(join(exampleDir, "data.json"), io.cwd, "example");
  const narratives = await readJsonFile(join(exampleDir, "narratives.json"), io.cwd, "example");
  for (const read of [data, narratives]) {
    if (!read.ok) {
      printIssues(io, read.errors, { option: "--example" });
      return EXIT.usage;
    }
  }
  const built = await reportFromFiles({
    campaignId: CAMPAIGN,
    unit: UNIT,
    data: data.ok ? data.value : undefined,
    narratives: narratives.ok ? narratives.value : undefined,
    onProgress: progressBar(io, "Đang tổng hợp"),
  });
  const model = built.ok ? { ...built, value: built.value.model } : built;
  if (!model.ok) {
    printIssues(io, model.errors, { option: "--example" });
    return EXIT.usage;
  }

  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    // --out-dir naming a file, or a folder that cannot be made: said, not a stack trace.
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const found = issue(
      "FILE_UNWRITABLE",
      `không ghi được vào thư mục ${relative(io.cwd, outDir) || outDir} (${reason})`,
    );
    printIssues(io, [found], { option: "--out-dir" });
    return EXIT.usage;
  }
  const written: string[] = [];
  for (const format of REPORT_FORMATS) {
    const bytes = await renderReport(model.value, format, {
      onProgress: progressBar(io, `Đang xuất ${format.toUpperCase()}`),
    });
    const path = join(outDir, `bao-cao-tong-ket-${UNIT}-2020.${format}`);
    await writeFileAtomic(path, bytes);
    written.push(path);
  }

  const rows = verdictRows(model.value);
  io.out(`Báo cáo tổng kết Chương trình phòng, chống ma túy đến năm 2020 — Thừa Thiên Huế (số liệu mẫu)\n\n`);
  io.out(
    renderTable(
      ["Mục tiêu", "Kỳ", "Yêu cầu", "Thực hiện", "Kết quả"],
      rows.map((r) => [r.targetId, r.period, r.expected, r.actual, r.verdictLabel]),
      { right: [3] },
    ),
  );
  io.out(`\n${rows.length} lượt đánh giá — ${verdictSummary(rows.map((r) => r.verdict as Verdict))}\n\n`);
  io.out("Đã xuất:\n");
  for (const path of written) io.out(`  ${relative(io.cwd, path) || path}\n`);
  return EXIT.ok;
}

/** The demonstration `npm start` runs: the Huế closing-review report in three formats, and its verdicts. */
export const demoCommand: Command = {
  name: "demo",
  summary: "Chạy ví dụ: lập báo cáo tổng kết mẫu của Thừa Thiên Huế (DOCX, HTML, MD) và in kết quả đánh giá",
  usage: USAGE,
  run: runDemo,
};
