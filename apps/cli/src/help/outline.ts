import type { CommandHelp } from "../command.js";

/** The usage of `outline`: the text `pctm outline --help` prints. */
export const OUTLINE_USAGE = `pctm outline parse <tệp.txt|tệp.docx> [--json]
pctm outline format <đề-cương.json> [--json]
pctm outline list [--json]
pctm outline show <mã> [--json | --text]

Đề cương báo cáo: khung mục đánh số mà báo cáo của mọi đơn vị phải theo.
  parse   đọc đề cương từ văn bản hoặc tệp Word, in cây mục (--json: { outline, warnings })
  format  in đề cương dạng văn bản đánh số từ tệp JSON (nhận cả kết quả của parse --json;
          --json: đề cương đã kiểm tra, dạng JSON)
  list    liệt kê các đề cương dựng sẵn
  show    xem một đề cương dựng sẵn (--json: dữ liệu; --text: văn bản đánh số)`;

export const OUTLINE_HELP: CommandHelp = {
  name: "outline",
  summary: "Đề cương báo cáo: đọc từ văn bản/Word, in lại, xem các đề cương dựng sẵn",
  usage: OUTLINE_USAGE,
};
