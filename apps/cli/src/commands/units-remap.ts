import {
  dataValueSetSchema,
  type Edition,
  exactValueOf,
  formatExactValueVi,
  type Issue,
  issue,
  parseFractionString,
  parseWith,
  type RemappedValue,
  remapValues,
  toExactJsonValue,
  type UnallocatedValue,
} from "@pctm/domain";
import { packagedMapping } from "@pctm/units-data";
import { readArgs, stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import {
  describeEdition,
  type EditionSet,
  editionsOnDates,
  PATCH_OPTION,
  packagedRootOf,
  patchOption,
} from "../editions.js";
import { printIssues } from "../print-issues.js";
import { readJsonFile } from "../read-json-file.js";
import { readRowsFile } from "../read-rows-file.js";
import { renderTable } from "../table.js";

const USAGE = `pctm units remap --from <yyyy-mm-dd> --to <yyyy-mm-dd> --data <tệp> [--weights <tệp>] [--patch <tệp>]… [--json]

Chuyển số liệu theo đơn vị của danh mục cũ (--from) sang đơn vị của danh mục mới (--to):
  --data <tệp>     JSON: mảng { orgUnit, dataElement, period, value } hoặc { dataValues: [...] }
  --weights <tệp>  JSON: mảng { from, to, weight } — tỷ lệ chia cho đơn vị cũ bị chia tách ("1/3", "0,25")
  --json           in { dataValues: [...], unallocated: [...] }; mỗi giá trị có lineage (đơn vị cũ nguồn)
  --patch <tệp>    bản sửa danh mục (pctm schema edition-patch), lặp lại được, áp theo thứ tự lên danh
                   mục --from hoặc --to có hiệu lực vào ngày validFrom của bản sửa; bảng chuyển đổi vẫn
                   là bảng của hai danh mục gốc; số liệu của đơn vị cũ bị bản sửa xóa bị từ chối (thoát 2),
                   giá trị rơi vào đơn vị mới bị bản sửa xóa được báo "chưa phân bổ" (TARGET_UNIT_REMOVED)
Sáp nhập (nhiều đơn vị cũ vào một) được cộng chính xác; đơn vị bị chia tách mà không có tỷ lệ thì giữ
nguyên ở đơn vị cũ và được báo là "chưa phân bổ". Tổng trước = tổng sau + phần chưa phân bổ.
Mỗi dòng phải có kỳ hợp lệ (2020, 2020S1, 2020Q3, 2020-07, 2017-01-01/2020-06-30); một dòng sai là
dừng cả tệp (thoát 2, "Dòng N").
Giá trị: bảng in theo kiểu Việt Nam (1.234.574,5); phân số vô hạn tuần hoàn được làm tròn, đánh dấu ≈.
--json giữ giá trị chính xác: số nguyên là số JSON (12), số thập phân hữu hạn là chuỗi ("1234574.5"),
còn lại là phân số ("20/3") kèm "display" ("6,67"); lineage ghi value và share dạng phân số ("10/3", "1/3").`;

/** Data-row issues (path dataValues.…) for --data, the rest (the weight table) for --weights. */
function splitIssues(issues: readonly Issue[]): [Issue[], Issue[]] {
  const data = issues.filter((i) => i.path[0] === "dataValues");
  return [data, issues.filter((i) => i.path[0] !== "dataValues")];
}

/** A remapped value in --json: exact, as a JSON number, a decimal string, or a fraction with `display`. */
function toJsonValue(v: RemappedValue) {
  const exact = parseFractionString(v.value);
  if (!exact) return v;
  const { lineage, ...rest } = v;
  return { ...rest, ...toExactJsonValue(exact), lineage };
}

/** Codes of the packaged list an edition is built on that its patches removed (none for a packaged one). */
function removedByPatches(set: EditionSet, edition: Edition): Set<string> {
  const kept = new Set(edition.units.map((u) => u.code));
  return new Set(
    packagedRootOf(set, edition)
      .units.map((u) => u.code)
      .filter((code) => !kept.has(code)),
  );
}

export const unitsRemapCommand: Command = {
  name: "remap",
  summary: "Chuyển số liệu sang danh mục đơn vị hành chính mới",
  usage: USAGE,
  async run(args, io) {
    const parsed = readArgs(args, {
      from: { type: "string" },
      to: { type: "string" },
      data: { type: "string" },
      weights: { type: "string" },
      json: { type: "boolean" },
      ...PATCH_OPTION,
    });
    if (!parsed.ok) {
      io.err(`Lỗi [USAGE]: ${parsed.message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const lookup = await editionsOnDates(io, patchOption(parsed.args.values), [
      { date: stringOption(parsed.args, "from"), option: "--from" },
      { date: stringOption(parsed.args, "to"), option: "--to" },
    ]);
    if (typeof lookup === "number") return lookup;
    const [from, to] = lookup.found;
    if (!from || !to) return EXIT.usage;
    // A patched edition keeps the packaged mapping of the edition it corrects.
    const mapping = packagedMapping(lookup.set.packagedIdOf(from), lookup.set.packagedIdOf(to));
    if (!mapping) {
      io.err(`Lỗi [NO_MAPPING] --to: không có bảng chuyển đổi từ "${from.name}" sang "${to.name}"\n`);
      return EXIT.usage;
    }
    const dataPath = stringOption(parsed.args, "data");
    if (dataPath === undefined) {
      io.err("Lỗi [OPTION_REQUIRED] --data: cần tệp số liệu JSON\n");
      return EXIT.usage;
    }
    const data = await readRowsFile(
      dataPath,
      "--data",
      "dataValues",
      (v) => parseWith(dataValueSetSchema, v),
      io,
    );
    if (!data) return EXIT.usage;
    const dataSource = { option: "--data", file: dataPath, topKey: "dataValues" };
    const values = data.dataValues;
    let weights: unknown;
    const weightsPath = stringOption(parsed.args, "weights");
    if (weightsPath !== undefined) {
      const w = await readJsonFile(weightsPath, io.cwd, "--weights");
      if (!w.ok) {
        printIssues(io, w.errors, { option: "--weights" });
        return EXIT.usage;
      }
      weights = w.value;
    }
    // A patch takes effect or the data is refused: rows of an old unit a patch removed are refused (as
    // every command refuses data of a unit not in its list); values landing on a new unit a patch
    // removed stay unallocated (TARGET_UNIT_REMOVED).
    const removedFrom = removedByPatches(lookup.set, from);
    const refused = values.flatMap((v, i) =>
      removedFrom.has(v.orgUnit)
        ? [
            issue(
              "DATA_VALUE_UNKNOWN_UNIT",
              `đơn vị mã "${v.orgUnit}" đã bị xóa khỏi danh mục --from bởi --patch: bỏ dòng này hoặc bỏ bản sửa`,
              ["dataValues", i, "orgUnit"],
            ),
          ]
        : [],
    );
    if (refused.length > 0) {
      printIssues(io, refused.slice(0, 20), dataSource);
      if (refused.length > 20) io.err(`… và ${refused.length - 20} lỗi khác\n`);
      return EXIT.usage;
    }
    const result = remapValues(values, mapping, {
      weights,
      fromEdition: from,
      toEdition: to,
      removedTargets: removedByPatches(lookup.set, to),
    });
    if (!result.ok) {
      const [dataIssues, weightIssues] = splitIssues(result.errors);
      printIssues(io, dataIssues, dataSource);
      printIssues(io, weightIssues, { option: "--weights", file: weightsPath, topKey: "weights" });
      return EXIT.usage;
    }
    const { dataValues, unallocated } = result.value;
    if (parsed.args.values.json) {
      io.out(`${JSON.stringify({ dataValues: dataValues.map(toJsonValue), unallocated }, null, 2)}\n`);
      return EXIT.ok;
    }
    let rounded = false;
    const show = (value: UnallocatedValue["value"]): string => {
      const exact = exactValueOf(value);
      if (!exact) return String(value);
      const shown = formatExactValueVi(exact);
      rounded ||= shown.rounded;
      return shown.rounded ? `≈${shown.text}` : shown.text;
    };
    io.out(`Từ: ${describeEdition(lookup.set, from)}\nSang: ${describeEdition(lookup.set, to)}\n\n`);
    io.out(
      renderTable(
        ["Đơn vị mới", "Phần tử dữ liệu", "Kỳ", "Giá trị", "Từ đơn vị cũ"],
        dataValues.map((v) => [
          v.orgUnit,
          v.dataElement,
          v.period,
          show(v.value),
          v.lineage.map((l) => l.orgUnit).join(", "),
        ]),
        { right: [3] },
      ),
    );
    io.out(`\n${dataValues.length} giá trị đã chuyển; ${unallocated.length} giá trị chưa phân bổ\n`);
    if (unallocated.length > 0) {
      io.out("\nChưa phân bổ (giữ ở đơn vị cũ):\n");
      io.out(
        renderTable(
          ["Đơn vị cũ", "Phần tử dữ liệu", "Kỳ", "Giá trị", "Lý do"],
          unallocated.map((v) => [
            v.orgUnit,
            v.dataElement,
            v.period,
            show(v.value),
            `[${v.reason}] ${v.message}`,
          ]),
          { right: [3] },
        ),
      );
    }
    if (rounded) {
      io.out("\n≈ đã làm tròn để hiển thị; giá trị chính xác (dạng phân số) có trong kết quả --json.\n");
    }
    return EXIT.ok;
  },
};
