import { getBuiltinOutline, listBuiltinOutlines } from "@pctm/catalog";
import { formatOutline, numberOutline } from "@pctm/domain";
import { readArgs } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { renderTable } from "../table.js";
import { runOutlineFormat } from "./outline-format.js";
import { runOutlineParse } from "./outline-parse.js";
import { renderOutlineTree } from "./outline-tree.js";

const USAGE = `pctm outline parse <tệp.txt|tệp.docx> [--json]
pctm outline format <đề-cương.json>
pctm outline list [--json]
pctm outline show <mã> [--json | --text]

Đề cương báo cáo: khung mục đánh số mà báo cáo của mọi đơn vị phải theo.
  parse   đọc đề cương từ văn bản hoặc tệp Word, in cây mục (--json: { outline, warnings })
  format  in đề cương dạng văn bản đánh số từ tệp JSON (nhận cả kết quả của parse --json)
  list    liệt kê các đề cương dựng sẵn
  show    xem một đề cương dựng sẵn (--json: dữ liệu; --text: văn bản đánh số)`;

export const outlineCommand: Command = {
  name: "outline",
  summary: "Đề cương báo cáo: đọc từ văn bản/Word, in lại, xem các đề cương dựng sẵn",
  usage: USAGE,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === "parse") return runOutlineParse(rest, io, USAGE);
    if (sub === "format") return runOutlineFormat(rest, io, USAGE);
    if (sub === "list") {
      const parsed = readArgs(rest, { json: { type: "boolean" } });
      if (!parsed.ok || parsed.args.positionals.length > 0) {
        const message = parsed.ok ? `thừa đối số: ${parsed.args.positionals.join(" ")}` : parsed.message;
        io.err(`Lỗi [USAGE]: ${message}\n${USAGE}\n`);
        return EXIT.usage;
      }
      const outlines = listBuiltinOutlines().map((o) => ({
        id: o.id,
        sections: numberOutline(o).length,
        title: o.title,
      }));
      if (parsed.args.values.json === true) {
        io.out(`${JSON.stringify(outlines, null, 2)}\n`);
        return EXIT.ok;
      }
      const rows = outlines.map((o) => [o.id, String(o.sections), o.title]);
      io.out(renderTable(["Mã", "Số mục", "Tên đề cương"], rows, { right: [1] }));
      return EXIT.ok;
    }
    if (sub === "show") {
      const parsed = readArgs(rest, { json: { type: "boolean" }, text: { type: "boolean" } });
      if (!parsed.ok) {
        io.err(`Lỗi [USAGE]: ${parsed.message}\n${USAGE}\n`);
        return EXIT.usage;
      }
      const [id] = parsed.args.positionals;
      const outline = id === undefined ? undefined : getBuiltinOutline(id);
      if (!outline) {
        const known = listBuiltinOutlines()
          .map((o) => o.id)
          .join(", ");
        io.err(`Lỗi [OUTLINE_NOT_FOUND]: không có đề cương mã "${id ?? ""}". Các mã có sẵn: ${known}\n`);
        return EXIT.usage;
      }
      if (parsed.args.values.json === true) io.out(`${JSON.stringify(outline, null, 2)}\n`);
      else if (parsed.args.values.text === true) io.out(formatOutline(outline));
      else io.out(renderOutlineTree(outline));
      return EXIT.ok;
    }
    io.err(
      `Lỗi [USAGE]: ${sub === undefined ? "cần một lệnh con" : `không có lệnh con "${sub}"`}\n${USAGE}\n`,
    );
    return EXIT.usage;
  },
};
