import type { CommandHelp } from "../command.js";

/** The usage of `data rules`: the text `pctm data rules --help` prints. */
export const DATA_RULES_USAGE = `pctm data rules [--add <tệp.json>] [--json]

Liệt kê các quy tắc kiểm tra số liệu (của danh mục và của đơn vị mình) mà pctm data import và
pctm data validate áp dụng. --add thêm một quy tắc của đơn vị mình, JSON dạng
{ "id", "name", "importance": "high|medium|low", "instruction", "left", "operator", "right" },
ví dụ { "left": "#{addicts_vocational}", "operator": "<=", "right": "#{addicts_treated}" }.`;

export const DATA_RULES_HELP: CommandHelp = {
  name: "rules",
  summary: "Liệt kê, thêm quy tắc kiểm tra số liệu",
  usage: DATA_RULES_USAGE,
};
