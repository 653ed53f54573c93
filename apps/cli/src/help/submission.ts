import type { CommandHelp } from "../command.js";

/** The usage of `submission`: the text `pctm submission --help` prints. */
export const SUBMISSION_USAGE = `pctm submission submit|approve|return --campaign <mã đợt> --unit <mã> [--reason <lý do>] [--json]

Nộp, duyệt hay trả lại báo cáo của một đơn vị trong một đợt (cơ sở dữ liệu):
  submit   đơn vị nộp (nháp hoặc bị trả lại → đã nộp)
  approve  cấp trên duyệt (đã nộp → đã duyệt); số liệu của đơn vị bị khóa
  return   cấp trên trả lại, cần --reason (đã nộp hoặc đã duyệt → bị trả lại)

Ví dụ: pctm submission return --campaign r-000 --unit 478 --reason "Thiếu số liệu năm 2019"`;

export const SUBMISSION_HELP: CommandHelp = {
  name: "submission",
  summary: "Nộp, duyệt, trả lại báo cáo của một đơn vị (submit, approve, return)",
  usage: SUBMISSION_USAGE,
};

/** The steps of the workflow, each with its one-line summary. */
export const SUBMISSION_SUBCOMMANDS: readonly CommandHelp[] = [
  { name: "submit", summary: "Nộp báo cáo", usage: SUBMISSION_USAGE },
  { name: "approve", summary: "Duyệt báo cáo", usage: SUBMISSION_USAGE },
  { name: "return", summary: "Trả lại báo cáo", usage: SUBMISSION_USAGE },
];
