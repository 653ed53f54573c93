import { type PatchSource, reportEditionDate } from "@pctm/app";
import { builtinCatalog } from "@pctm/catalog";
import type { Issue } from "@pctm/domain";
import type { CliIo } from "../command.js";
import { printEditionIssues, readPatches } from "../editions.js";
import { failWith, type IssueSource, printIssues, type Severity } from "../print-issues.js";
import { readJsonFile } from "../read-json-file.js";
import type { ReportOptions } from "./report-options.js";

/** The files `pctm report` names, read: the figures (none with --db), the narratives, the patches. */
export interface ReportInputs {
  readonly data: unknown;
  readonly narratives: unknown;
  readonly patches: readonly PatchSource[];
}

/** How each input is named in an error line. */
export function reportSources(options: ReportOptions): { data: IssueSource; narratives: IssueSource } {
  return {
    data:
      options.dataPath === undefined
        ? { option: "--db" }
        : { option: "--data", file: options.dataPath, topKey: "dataValues" },
    narratives: { option: "--narratives", file: options.narrativesPath, topKey: "narratives" },
  };
}

/**
 * The day whose unit list a built-in campaign's report uses (the application layer's
 * reportEditionDate): the date --patch files without validFrom correct.
 */
function campaignEditionDate(campaignId: string, asOf: string | undefined): string | undefined {
  const campaign = builtinCatalog().campaigns.find((c) => c.id === campaignId);
  return campaign ? reportEditionDate(campaign, asOf) : undefined;
}

/** The --data, --narratives and --patch files, read; or the exit code after saying which one failed. */
export async function readReportInputs(io: CliIo, options: ReportOptions): Promise<ReportInputs | number> {
  const sources = reportSources(options);
  const data =
    options.dataPath === undefined ? undefined : await readJsonFile(options.dataPath, io.cwd, "data");
  if (data && !data.ok) return failWith(io, data.errors, sources.data);
  const narratives =
    options.narrativesPath === undefined
      ? undefined
      : await readJsonFile(options.narrativesPath, io.cwd, "narratives");
  if (narratives && !narratives.ok) return failWith(io, narratives.errors, sources.narratives);
  const editionDate = campaignEditionDate(options.campaignId, options.date);
  const patches = await readPatches(io, options.patchFiles, [editionDate]);
  if (typeof patches === "number") return patches;
  return { data: data?.value, narratives: narratives?.value, patches };
}

/** Each issue named by the input it came from (its path starts with "data", "narratives", "campaign" …). */
export function printReportIssues(
  io: CliIo,
  options: ReportOptions,
  issues: readonly Issue[],
  severity: Severity,
): void {
  const sources = reportSources(options);
  for (const found of issues) {
    const head = found.path[0];
    if (head === "patch") printEditionIssues(io, [found], options.patchFiles, severity);
    else if (head === "data" || head === "dataValues") printIssues(io, [found], sources.data, severity);
    else if (head === "narratives") printIssues(io, [found], sources.narratives, severity);
    else printIssues(io, [found], { option: `--${String(head ?? "campaign")}` }, severity);
  }
}
