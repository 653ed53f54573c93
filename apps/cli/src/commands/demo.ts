import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { verdictRows } from "@pctm/app";
import { REPORT_FORMATS, renderReport } from "@pctm/report";
import { stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { DEMO_HELP, DEMO_USAGE as USAGE } from "../help/demo.js";
import { failWith, printProblem } from "../print-issues.js";
import { progressBar } from "../progress.js";
import { readJsonFile } from "../read-json-file.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { defaultExampleDir, formatDemoSummary } from "./demo-example.js";
import { reportFromFiles } from "./report-from-files.js";

const CAMPAIGN = "r-000";
const UNIT = "46";

const OPTIONS = {
  example: { type: "string" },
  "out-dir": { type: "string" },
  json: { type: "boolean" },
} as const;

/** The report model of the example folder (its data.json and narratives.json), or the exit code. */
async function buildExample(io: CliIo, exampleDir: string) {
  const data = await readJsonFile(join(exampleDir, "data.json"), io.cwd, "example");
  if (!data.ok) return failWith(io, data.errors, { option: "--example" });
  const narratives = await readJsonFile(join(exampleDir, "narratives.json"), io.cwd, "example");
  if (!narratives.ok) return failWith(io, narratives.errors, { option: "--example" });
  const built = await reportFromFiles({
    campaignId: CAMPAIGN,
    unit: UNIT,
    data: data.value,
    narratives: narratives.value,
    onProgress: progressBar(io, "Đang tổng hợp"),
  });
  return built.ok ? built.value.model : failWith(io, built.errors, { option: "--example" });
}

/** The report in every format into `outDir` (made when missing): the paths written, or the exit code. */
async function writeFormats(
  io: CliIo,
  model: Parameters<typeof renderReport>[0],
  outDir: string,
): Promise<string[] | number> {
  try {
    await mkdir(outDir, { recursive: true });
  } catch (error) {
    // --out-dir naming a file, or a folder that cannot be made: said, not a stack trace.
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    const where = relative(io.cwd, outDir) || outDir;
    return printProblem(io, "FILE_UNWRITABLE", `không ghi được vào thư mục ${where} (${reason})`, {
      option: "--out-dir",
    });
  }
  const written: string[] = [];
  for (const format of REPORT_FORMATS) {
    const bytes = await renderReport(model, format, {
      onProgress: progressBar(io, `Đang xuất ${format.toUpperCase()}`),
    });
    const path = join(outDir, `bao-cao-tong-ket-${UNIT}-2020.${format}`);
    await writeFileAtomic(path, bytes);
    written.push(path);
  }
  return written;
}

async function runDemo(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = commandArgs(io, args, OPTIONS, USAGE);
  if (typeof parsed === "number") return parsed;
  const exampleOption = stringOption(parsed, "example");
  const exampleDir = exampleOption ? resolve(io.cwd, exampleOption) : defaultExampleDir(io.cwd);
  const outDir = resolve(io.cwd, stringOption(parsed, "out-dir") ?? "out");
  const model = await buildExample(io, exampleDir);
  if (typeof model === "number") return model;
  const written = await writeFormats(io, model, outDir);
  if (typeof written === "number") return written;
  const rows = verdictRows(model);
  if (parsed.values.json === true) {
    const files = written.map((path) => relative(io.cwd, path) || path);
    io.out(`${JSON.stringify({ evaluations: rows, written: files }, null, 2)}\n`);
  } else io.out(formatDemoSummary(rows, written, io.cwd));
  return EXIT.ok;
}

/** The demonstration `npm start` runs: the Huế closing-review report in three formats, and its verdicts. */
export const demoCommand: Command = {
  ...DEMO_HELP,
  run: runDemo,
};
