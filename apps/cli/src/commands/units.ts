import { LOCAL_OPERATOR, searchUnits } from "@pctm/app";
import { fullUnitName, labelOfKind, type Unit } from "@pctm/domain";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { PATCH_OPTION, patchOption, readPatches } from "../editions.js";
import { exitCodeOf } from "../exit-codes.js";
import { fileModeContext } from "../file-context.js";
import { printAppIssues } from "../print-app-issues.js";
import { printProblem } from "../print-issues.js";
import { renderTable } from "../table.js";
import { unitsRemapCommand } from "./units-remap.js";

const USAGE = `pctm units --edition <yyyy-mm-dd> [--under <mã>] [--level <1|2|3>] [--search <chữ>] [--patch <tệp>]… [--json]
pctm units remap --from <yyyy-mm-dd> --to <yyyy-mm-dd> --data <tệp> [--weights <tệp>] [--patch <tệp>]… [--json]

Liệt kê đơn vị hành chính theo danh mục có hiệu lực vào ngày --edition:
  --under <mã>     chỉ các đơn vị thuộc đơn vị này (mặc định: các tỉnh, thành phố)
  --level <1|2|3>  cấp tỉnh, cấp huyện hoặc cấp xã
  --search <chữ>   tìm theo tên, có dấu hay không dấu, có hay không có chữ "huyện", "xã"…
  --json           in mảng JSON (code, name, fullName, kind, kindLabel, level, parentCode)
  --patch <tệp>    bản sửa danh mục của đơn vị mình (đổi tên, thêm, bỏ, chuyển đơn vị), JSON theo
                   pctm schema edition-patch; lặp lại được, áp theo thứ tự. Bản sửa không ghi validFrom
                   sửa danh mục có hiệu lực vào ngày --edition

Xem cách chuyển số liệu giữa hai danh mục: pctm units remap --help`;

/** The JSON shape of one unit in `pctm units --json`. */
function toJson(unit: Unit) {
  return {
    code: unit.code,
    name: unit.name,
    fullName: fullUnitName(unit),
    kind: unit.kind,
    kindLabel: labelOfKind(unit.kind),
    level: unit.level,
    parentCode: unit.parentCode,
  };
}

const FIELDS = { edition: "--edition", under: "--under", level: "--level", q: "--search" };

export const unitsCommand: Command = {
  name: "units",
  summary: "Liệt kê, tìm đơn vị hành chính theo ngày; chuyển số liệu sang danh mục mới (units remap)",
  usage: USAGE,
  subcommands: [unitsRemapCommand],
  async run(args, io) {
    const parsed = commandArgs(
      io,
      args,
      {
        edition: { type: "string" },
        under: { type: "string" },
        level: { type: "string" },
        search: { type: "string" },
        json: { type: "boolean" },
        ...PATCH_OPTION,
      },
      USAGE,
    );
    if (typeof parsed === "number") return parsed;
    const edition = stringOption(parsed, "edition");
    if (edition === undefined) {
      return printProblem(io, "MISSING_OPTION", "cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)", {
        option: "--edition",
      });
    }
    const patchFiles = patchOption(parsed.values);
    const patches = await readPatches(io, patchFiles, [edition]);
    if (typeof patches === "number") return patches;
    const found = await searchUnits(
      fileModeContext(),
      LOCAL_OPERATOR,
      {
        edition,
        under: stringOption(parsed, "under"),
        level: stringOption(parsed, "level"),
        q: stringOption(parsed, "search"),
      },
      { patches },
    );
    if (!found.ok) {
      printAppIssues(io, found.errors, FIELDS, patchFiles);
      return exitCodeOf(found.errors);
    }
    const levelAbsent = found.warnings.filter((w) => w.code === "UNIT_LEVEL_ABSENT");
    printAppIssues(
      io,
      found.warnings.filter((w) => w.code !== "UNIT_LEVEL_ABSENT"),
      FIELDS,
      patchFiles,
      "Cảnh báo",
    );
    for (const warning of levelAbsent) io.err(`${warning.message}\n`);
    const { units } = found.value;
    if (parsed.values.json) {
      io.out(`${JSON.stringify(units.map(toJson), null, 2)}\n`);
      return EXIT.ok;
    }
    io.out(`${found.value.edition.label}\n\n`);
    io.out(
      renderTable(
        ["Mã", "Tên", "Loại", "Cấp", "Mã cấp trên"],
        units.map((u) => [u.code, fullUnitName(u), labelOfKind(u.kind), String(u.level), u.parentCode ?? ""]),
      ),
    );
    io.out(`\n${units.length} đơn vị\n`);
    return EXIT.ok;
  },
};
