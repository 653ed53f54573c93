import { extname, resolve } from "node:path";
import { buildCampaignReportModel, LOCAL_OPERATOR, type PatchSource, reportEditionDate } from "@pctm/app";
import { builtinCatalog } from "@pctm/catalog";
import { IsoDateSchema, type Issue, issue, parseNarratives } from "@pctm/domain";
import { REPORT_FORMATS, type ReportFormat, renderReport } from "@pctm/report";
import { readArgs, stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { PATCH_OPTION, patchOption, printEditionIssues, readPatches } from "../editions.js";
import { REPORT_HELP, REPORT_USAGE as USAGE } from "../help/report.js";
import { type IssueSource, printIssues } from "../print-issues.js";
import { progressBar } from "../progress.js";
import { readJsonFile } from "../read-json-file.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { withCliStore } from "./data-store.js";
import { reportFromFiles } from "./report-from-files.js";

/** The day whose unit list a built-in campaign's report uses: the date --patch files without validFrom correct. */
function campaignEditionDate(campaignId: string, asOf: string | undefined): string | undefined {
  const campaign = builtinCatalog().campaigns.find((c) => c.id === campaignId);
  return campaign ? reportEditionDate(campaign, asOf) : undefined;
}

/**
 * The database mode: the figures and narratives stored for the campaign (a --narratives file, when
 * given, is used instead of the stored narratives, as in the file mode). A number is an exit code.
 */
async function reportFromDatabase(
  io: Parameters<Command["run"]>[1],
  request: { campaignId: string; unit: string; asOf?: string; signer?: string },
  patches: readonly PatchSource[],
  narratives: unknown,
  onProgress: ReturnType<typeof progressBar>,
) {
  const file = narratives === undefined ? undefined : parseNarratives(narratives);
  if (file && !file.ok) return file;
  let built: Awaited<ReturnType<typeof buildCampaignReportModel>> | undefined;
  const code = await withCliStore(io, async (ctx) => {
    built = await buildCampaignReportModel(ctx, LOCAL_OPERATOR, request, {
      patches,
      ...(file?.ok ? { narratives: file.value } : {}),
      onProgress,
    });
    return EXIT.ok;
  });
  return built ?? code;
}

/** The file extensions each format may be written with. */
const EXTENSIONS: Record<ReportFormat, readonly string[]> = {
  docx: ["docx"],
  html: ["html", "htm"],
  md: ["md", "markdown"],
};

/** A problem with one option: "Lỗi [CODE] --format: message". */
function fail(io: Parameters<Command["run"]>[1], code: string, message: string, option?: string): number {
  printIssues(io, [issue(code, message)], option ? { option: `--${option}` } : {});
  return EXIT.usage;
}

/** `pctm report`: renders a campaign report as DOCX, HTML or Markdown. */
export const reportCommand: Command = {
  ...REPORT_HELP,
  async run(args, io) {
    const parsed = readArgs(args, {
      campaign: { type: "string" },
      unit: { type: "string" },
      data: { type: "string" },
      narratives: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
      date: { type: "string" },
      signer: { type: "string" },
      db: { type: "boolean" },
      ...PATCH_OPTION,
    });
    if (!parsed.ok) return fail(io, "USAGE", parsed.message);
    const option = (name: string) => stringOption(parsed.args, name);
    const fromDb = parsed.args.values.db === true;
    if (fromDb && option("data") !== undefined) {
      return fail(io, "USAGE", "chọn một nguồn số liệu: --data <tệp> hoặc --db, không cả hai", "db");
    }
    for (const name of ["campaign", "unit", ...(fromDb ? [] : ["data"]), "out"]) {
      if (!option(name))
        return fail(io, "MISSING_OPTION", `thiếu tùy chọn --${name}. Xem: pctm report --help`, name);
    }
    const out = resolve(io.cwd, option("out") as string);
    const extension = extname(out).slice(1).toLowerCase();
    if (option("format") === undefined && extension === "") {
      return fail(
        io,
        "FORMAT_MISSING",
        `không biết định dạng của tệp ${option("out")}: thêm --format docx|html|md hoặc đặt đuôi tệp .docx/.html/.md`,
        "format",
      );
    }
    const format = (option("format") ?? extension) as ReportFormat;
    if (!REPORT_FORMATS.includes(format)) {
      return fail(
        io,
        "FORMAT_INVALID",
        `định dạng "${format}" không được hỗ trợ: chọn docx, html hoặc md`,
        "format",
      );
    }
    // "--format docx --out b.md" would write a DOCX that opens as garbage: refuse, unless the name has no extension.
    if (extension !== "" && !EXTENSIONS[format].includes(extension)) {
      return fail(
        io,
        "FORMAT_EXTENSION_MISMATCH",
        `tệp ${option("out")} có đuôi .${extension} nhưng --format là ${format}: đặt tên tệp đuôi .${format} (hoặc bỏ đuôi tệp)`,
        "out",
      );
    }
    const date = option("date");
    if (date !== undefined) {
      // The kernel's one check of a date: the shape, then a real calendar day (2020-02-30 is refused).
      const checked = IsoDateSchema.safeParse(date);
      if (!checked.success) {
        const first = checked.error.issues[0];
        const code = (first as { params?: { code?: string } } | undefined)?.params?.code ?? "DATE_INVALID";
        return fail(io, code, `ngày báo cáo "${date}" không hợp lệ: ${first?.message ?? ""}`, "date");
      }
    }
    const data = fromDb ? undefined : await readJsonFile(option("data") as string, io.cwd, "data");
    const dataSource: IssueSource = fromDb
      ? { option: "--db" }
      : { option: "--data", file: option("data") as string, topKey: "dataValues" };
    if (data && !data.ok) {
      printIssues(io, data.errors, dataSource);
      return EXIT.usage;
    }
    const narrativesPath = option("narratives");
    const narratives = narrativesPath ? await readJsonFile(narrativesPath, io.cwd, "narratives") : undefined;
    const narrativesSource: IssueSource = {
      option: "--narratives",
      file: narrativesPath,
      topKey: "narratives",
    };
    if (narratives && !narratives.ok) {
      printIssues(io, narratives.errors, narrativesSource);
      return EXIT.usage;
    }
    const patchFiles = patchOption(parsed.args.values);
    const patches = await readPatches(io, patchFiles, [
      campaignEditionDate(option("campaign") as string, date),
    ]);
    if (typeof patches === "number") return patches;
    const request = {
      campaignId: option("campaign") as string,
      unit: option("unit") as string,
      ...(date ? { asOf: date } : {}),
      ...(option("signer")?.trim() ? { signer: (option("signer") as string).normalize("NFC").trim() } : {}),
    };
    const onProgress = progressBar(io, "Đang tổng hợp");
    const built =
      data === undefined
        ? await reportFromDatabase(
            io,
            request,
            patches,
            narratives?.ok ? narratives.value : undefined,
            onProgress,
          )
        : await reportFromFiles({
            ...request,
            patches,
            data: data.value,
            ...(narratives?.ok ? { narratives: narratives.value } : {}),
            onProgress,
          });
    if (typeof built === "number") return built;
    const model = built.ok ? { ...built, value: built.value.model } : built;
    // Each issue is named by the input it came from (its path starts with "data", "narratives", "campaign" …).
    const sourceOf = (found: Issue): IssueSource =>
      found.path[0] === "data" || found.path[0] === "dataValues"
        ? dataSource
        : found.path[0] === "narratives"
          ? narrativesSource
          : { option: `--${String(found.path[0] ?? "campaign")}` };
    const print = (issues: readonly Issue[], severity: "Lỗi" | "Cảnh báo") => {
      for (const found of issues) {
        if (found.path[0] === "patch") printEditionIssues(io, [found], patchFiles, severity);
        else printIssues(io, [found], sourceOf(found), severity);
      }
    };
    if (!model.ok) {
      print(model.errors.slice(0, 20), "Lỗi");
      if (model.errors.length > 20) io.err(`… và ${model.errors.length - 20} lỗi khác\n`);
      return EXIT.usage;
    }
    print(model.warnings, "Cảnh báo");
    const bytes = await renderReport(model.value, format, {
      onProgress: progressBar(io, `Đang xuất ${format.toUpperCase()}`),
    });
    try {
      await writeFileAtomic(out, bytes);
    } catch (error) {
      const detail = (error as NodeJS.ErrnoException).code ?? String(error);
      return fail(io, "FILE_UNWRITABLE", `không ghi được tệp ${option("out")} (${detail})`, "out");
    }
    io.out(`Đã lập báo cáo: ${out}\n`);
    return EXIT.ok;
  },
};
