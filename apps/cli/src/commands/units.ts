import {
  children,
  descendantsAtLevel,
  fullUnitName,
  hasLevel,
  labelOfKind,
  searchUnits,
  UNIT_LEVEL_NAMES,
  type Unit,
  unitByCode,
} from "@pctm/domain";
import { readArgs, stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { describeEdition, editionsOnDates, PATCH_OPTION, patchOption } from "../editions.js";
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

export const unitsCommand: Command = {
  name: "units",
  summary: "Liệt kê, tìm đơn vị hành chính theo ngày; chuyển số liệu sang danh mục mới (units remap)",
  usage: USAGE,
  subcommands: [unitsRemapCommand],
  async run(args, io) {
    const parsed = readArgs(args, {
      edition: { type: "string" },
      under: { type: "string" },
      level: { type: "string" },
      search: { type: "string" },
      json: { type: "boolean" },
      ...PATCH_OPTION,
    });
    if (!parsed.ok) {
      io.err(`Lỗi [USAGE]: ${parsed.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    if (parsed.args.positionals.length > 0) {
      io.err(`Lỗi [USAGE]: không hiểu "${parsed.args.positionals.join(" ")}"\n${USAGE}\n`);
      return EXIT.usage;
    }
    const lookup = await editionsOnDates(io, patchOption(parsed.args.values), [
      { date: stringOption(parsed.args, "edition"), option: "--edition" },
    ]);
    if (typeof lookup === "number") return lookup;
    const [edition] = lookup.found;
    if (!edition) return EXIT.usage;
    const levelText = stringOption(parsed.args, "level");
    if (levelText !== undefined && !["1", "2", "3"].includes(levelText)) {
      io.err(
        `Lỗi [LEVEL_INVALID] --level: cấp phải là 1 (tỉnh), 2 (huyện) hoặc 3 (xã), không phải "${levelText}"\n`,
      );
      return EXIT.usage;
    }
    const level = levelText === undefined ? undefined : (Number(levelText) as 1 | 2 | 3);
    const under = stringOption(parsed.args, "under");
    if (under !== undefined && !unitByCode(edition, under)) {
      io.err(`Lỗi [UNIT_NOT_FOUND] --under: không có đơn vị mã ${under} trong "${edition.name}"\n`);
      return EXIT.usage;
    }
    const search = stringOption(parsed.args, "search");
    if (level !== undefined && !hasLevel(edition, level)) {
      io.err(`Danh mục "${edition.name}" không có ${UNIT_LEVEL_NAMES[level]}.\n`);
    }
    const units =
      search !== undefined
        ? searchUnits(edition, search, { ...(level ? { level } : {}), ...(under ? { under } : {}) })
        : level !== undefined
          ? descendantsAtLevel(edition, under, level)
          : children(edition, under);
    if (parsed.args.values.json) {
      io.out(`${JSON.stringify(units.map(toJson), null, 2)}\n`);
      return EXIT.ok;
    }
    io.out(`${describeEdition(lookup.set, edition)}\n\n`);
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
