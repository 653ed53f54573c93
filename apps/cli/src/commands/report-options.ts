import { extname, resolve } from "node:path";
import { IsoDateSchema } from "@pctm/domain";
import { REPORT_FORMATS, type ReportFormat } from "@pctm/report";
import { stringOption } from "../args.js";
import type { CliIo } from "../command.js";
import { commandArgs } from "../command-args.js";
import { PATCH_OPTION, patchOption } from "../editions.js";
import { REPORT_USAGE } from "../help/report.js";
import { printProblem } from "../print-issues.js";

const OPTIONS = {
  campaign: { type: "string" },
  unit: { type: "string" },
  data: { type: "string" },
  narratives: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  date: { type: "string" },
  signer: { type: "string" },
  db: { type: "boolean" },
  json: { type: "boolean" },
  ...PATCH_OPTION,
} as const;

/** The command line of `pctm report`, checked: what to build, from where, and where to write it. */
export interface ReportOptions {
  readonly campaignId: string;
  readonly unit: string;
  /** The --data file; undefined with --db. */
  readonly dataPath: string | undefined;
  readonly narrativesPath: string | undefined;
  readonly format: ReportFormat;
  /** --out as written, and resolved against the working folder. */
  readonly outText: string;
  readonly out: string;
  readonly date: string | undefined;
  /** The signer's name, NFC and trimmed; undefined when not given or blank. */
  readonly signer: string | undefined;
  readonly patchFiles: readonly string[];
  readonly json: boolean;
}

/** The file extensions each format may be written with. */
const EXTENSIONS: Record<ReportFormat, readonly string[]> = {
  docx: ["docx"],
  html: ["html", "htm"],
  md: ["md", "markdown"],
};

/** --format, or the extension of --out; or the exit code after saying why neither will do. */
function formatOf(
  io: CliIo,
  format: string | undefined,
  outText: string,
  out: string,
): ReportFormat | number {
  const extension = extname(out).slice(1).toLowerCase();
  if (format === undefined && extension === "") {
    const message = `không biết định dạng của tệp ${outText}: thêm --format docx|html|md hoặc đặt đuôi tệp .docx/.html/.md`;
    return printProblem(io, "FORMAT_MISSING", message, { option: "--format" });
  }
  const chosen = (format ?? extension) as ReportFormat;
  if (!REPORT_FORMATS.includes(chosen)) {
    const message = `định dạng "${chosen}" không được hỗ trợ: chọn docx, html hoặc md`;
    return printProblem(io, "FORMAT_INVALID", message, { option: "--format" });
  }
  // "--format docx --out b.md" would write a DOCX that opens as garbage: refuse, unless the name has no extension.
  if (extension !== "" && !EXTENSIONS[chosen].includes(extension)) {
    const message = `tệp ${outText} có đuôi .${extension} nhưng --format là ${chosen}: đặt tên tệp đuôi .${chosen} (hoặc bỏ đuôi tệp)`;
    return printProblem(io, "FORMAT_EXTENSION_MISMATCH", message, { option: "--out" });
  }
  return chosen;
}

/** The kernel's one check of a date: the shape, then a real calendar day (2020-02-30 is refused). */
function checkDate(io: CliIo, date: string): number | undefined {
  const checked = IsoDateSchema.safeParse(date);
  if (checked.success) return undefined;
  const first = checked.error.issues[0];
  const code = (first as { params?: { code?: string } } | undefined)?.params?.code ?? "DATE_INVALID";
  return printProblem(io, code, `ngày báo cáo "${date}" không hợp lệ: ${first?.message ?? ""}`, {
    option: "--date",
  });
}

/** The options of `pctm report`, each checked before any file is read; or the exit code after saying why not. */
export function readReportOptions(io: CliIo, args: readonly string[]): ReportOptions | number {
  const parsed = commandArgs(io, args, OPTIONS, REPORT_USAGE);
  if (typeof parsed === "number") return parsed;
  const option = (name: string) => stringOption(parsed, name);
  const fromDb = parsed.values.db === true;
  if (fromDb && option("data") !== undefined) {
    return printProblem(io, "USAGE", "chọn một nguồn số liệu: --data <tệp> hoặc --db, không cả hai", {
      option: "--db",
    });
  }
  for (const name of ["campaign", "unit", ...(fromDb ? [] : ["data"]), "out"]) {
    if (!option(name)) {
      const message = `thiếu tùy chọn --${name}. Xem: pctm report --help`;
      return printProblem(io, "MISSING_OPTION", message, { option: `--${name}` });
    }
  }
  const outText = option("out") as string;
  const out = resolve(io.cwd, outText);
  const format = formatOf(io, option("format"), outText, out);
  if (typeof format === "number") return format;
  const date = option("date");
  const badDate = date === undefined ? undefined : checkDate(io, date);
  if (badDate !== undefined) return badDate;
  const signer = option("signer")?.normalize("NFC").trim();
  return {
    campaignId: option("campaign") as string,
    unit: option("unit") as string,
    dataPath: fromDb ? undefined : option("data"),
    narrativesPath: option("narratives"),
    format,
    outText,
    out,
    date,
    signer: signer === "" ? undefined : signer,
    patchFiles: patchOption(parsed.values),
    json: parsed.values.json === true,
  };
}
