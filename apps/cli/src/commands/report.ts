import { buildCampaignReportModel, type CampaignReportModel, LOCAL_OPERATOR } from "@pctm/app";
import { parseNarratives, type Result } from "@pctm/domain";
import { renderReport } from "@pctm/report";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { exitCodeOf } from "../exit-codes.js";
import { REPORT_HELP } from "../help/report.js";
import { printProblem } from "../print-issues.js";
import { progressBar } from "../progress.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { withCliStore } from "./data-store.js";
import { reportFromFiles } from "./report-from-files.js";
import { printReportIssues, type ReportInputs, readReportInputs } from "./report-inputs.js";
import { type ReportOptions, readReportOptions } from "./report-options.js";

/**
 * The database mode: the figures and narratives stored for the campaign (a --narratives file, when
 * given, is used instead of the stored narratives, as in the file mode). A number is an exit code.
 */
async function reportFromDatabase(
  io: CliIo,
  request: Parameters<typeof buildCampaignReportModel>[2],
  inputs: ReportInputs,
  onProgress: ReturnType<typeof progressBar>,
): Promise<Result<CampaignReportModel> | number> {
  const file = inputs.narratives === undefined ? undefined : parseNarratives(inputs.narratives);
  if (file && !file.ok) return file;
  let built: Result<CampaignReportModel> | undefined;
  const code = await withCliStore(io, async (ctx) => {
    built = await buildCampaignReportModel(ctx, LOCAL_OPERATOR, request, {
      patches: inputs.patches,
      ...(file?.ok ? { narratives: file.value } : {}),
      onProgress,
    });
    return EXIT.ok;
  });
  return built ?? code;
}

/** The report model from the --data file or the database; or the exit code. */
async function buildModel(io: CliIo, options: ReportOptions, inputs: ReportInputs) {
  const request = {
    campaignId: options.campaignId,
    unit: options.unit,
    ...(options.date ? { asOf: options.date } : {}),
    ...(options.signer ? { signer: options.signer } : {}),
  };
  const onProgress = progressBar(io, "Đang tổng hợp");
  return options.dataPath === undefined
    ? reportFromDatabase(io, request, inputs, onProgress)
    : reportFromFiles({
        ...request,
        patches: inputs.patches,
        data: inputs.data,
        ...(inputs.narratives !== undefined ? { narratives: inputs.narratives } : {}),
        onProgress,
      });
}

/** `pctm report`: renders a campaign report as DOCX, HTML or Markdown. */
export const reportCommand: Command = {
  ...REPORT_HELP,
  async run(args, io) {
    const options = readReportOptions(io, args);
    if (typeof options === "number") return options;
    const inputs = await readReportInputs(io, options);
    if (typeof inputs === "number") return inputs;
    const built = await buildModel(io, options, inputs);
    if (typeof built === "number") return built;
    if (!built.ok) {
      printReportIssues(io, options, built.errors.slice(0, 20), "Lỗi");
      if (built.errors.length > 20) io.err(`… và ${built.errors.length - 20} lỗi khác\n`);
      return exitCodeOf(built.errors);
    }
    printReportIssues(io, options, built.warnings, "Cảnh báo");
    const bytes = await renderReport(built.value.model, options.format, {
      onProgress: progressBar(io, `Đang xuất ${options.format.toUpperCase()}`),
    });
    try {
      await writeFileAtomic(options.out, bytes);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      const message = `không ghi được tệp ${options.outText} (${detail})`;
      return printProblem(io, "FILE_UNWRITABLE", message, { option: "--out" });
    }
    if (options.json) io.out(`${JSON.stringify({ out: options.out, format: options.format }, null, 2)}\n`);
    else io.out(`Đã lập báo cáo: ${options.out}\n`);
    return EXIT.ok;
  },
};
