import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { builtinCatalog, checkCatalog, type SeedTexts } from "@pctm/catalog";
import { formatIssue } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { CliIo } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { printProblem } from "../print-issues.js";

/** The seed files of a folder by their number ("000_….txt" → "000"). */
function readSeeds(dir: string): SeedTexts | string {
  let files: string[];
  try {
    files = readdirSync(dir);
  } catch {
    return `không đọc được thư mục seeds: ${dir}`;
  }
  const seeds: Record<string, string> = {};
  for (const file of files) {
    const m = /^(\d{3})_.*\.txt$/.exec(file);
    if (m?.[1]) seeds[m[1]] = readFileSync(resolve(dir, file), "utf8");
  }
  return Object.keys(seeds).length > 0 ? seeds : `thư mục ${dir} không có tệp seed dạng 000_….txt`;
}

/** `pctm catalog check [--seeds <dir>]`: the validation pass; exit 1 with the problems. */
export async function runCatalogCheck(args: readonly string[], io: CliIo, usage: string): Promise<number> {
  const options = { seeds: { type: "string" }, json: { type: "boolean" } } as const;
  const parsed = commandArgs(io, args, options, usage);
  if (typeof parsed === "number") return parsed;
  const dir = stringOption(parsed, "seeds");
  const seeds = dir === undefined ? undefined : readSeeds(resolve(io.cwd, dir));
  if (typeof seeds === "string") return printProblem(io, "SEEDS_NOT_FOUND", seeds, { option: "--seeds" });
  const catalog = builtinCatalog();
  const problems = checkCatalog(catalog, seeds ? { seeds } : {});
  if (parsed.values.json === true) {
    const body = { valid: problems.length === 0, quotesChecked: seeds !== undefined, problems };
    io.out(`${JSON.stringify(body, null, 2)}\n`);
    return problems.length > 0 ? EXIT.failed : EXIT.ok;
  }
  if (problems.length > 0) {
    io.err(`Danh mục có ${problems.length} lỗi:\n${problems.map((p) => `  ${formatIssue(p)}`).join("\n")}\n`);
    return EXIT.failed;
  }
  const quotes = seeds
    ? ", câu trích đúng nguyên văn seed"
    : " (chưa đối chiếu câu trích: thêm --seeds <thư mục>)";
  io.out(
    `Danh mục hợp lệ: ${catalog.documents.length} văn bản, ${catalog.plans.length} kế hoạch, ${catalog.targets.length} mục tiêu, ${catalog.indicators.length} chỉ số, ${catalog.dataElements.length} phần tử dữ liệu, ${catalog.campaigns.length} đợt báo cáo${quotes}.\n`,
  );
  return EXIT.ok;
}
