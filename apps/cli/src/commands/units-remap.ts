import { LOCAL_OPERATOR, remapValues } from "@pctm/app";
import {
  exactValueOf,
  formatExactValueVi,
  type Issue,
  parseFractionString,
  type RemappedValue,
  toExactJsonValue,
  type UnallocatedValue,
} from "@pctm/domain";
import { readArgs, stringOption } from "../args.js";
import type { CliIo, Command } from "../command.js";
import { EXIT } from "../command.js";
import { PATCH_OPTION, patchOption, readPatches } from "../editions.js";
import { fileModeContext } from "../file-context.js";
import { printAppIssues } from "../print-app-issues.js";
import { printIssues } from "../print-issues.js";
import { readJsonFile } from "../read-json-file.js";
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

/** A remapped value in --json: exact, as a JSON number, a decimal string, or a fraction with `display`. */
function toJsonValue(v: RemappedValue) {
  const exact = parseFractionString(v.value);
  if (!exact) return v;
  const { lineage, ...rest } = v;
  return { ...rest, ...toExactJsonValue(exact), lineage };
}

/** An issue of the remap not about the data rows is about the weight table (the kernel's paths). */
function weightsOrData(found: Issue): Issue {
  const head = found.path[0];
  if (head === "dataValues" || head === "patch" || head === "from" || head === "to" || head === "data")
    return found;
  return { ...found, path: ["weights", ...found.path] };
}

/**
 * The --data rows (a bare array or { dataValues }) and the --weights table, or the exit code after
 * printing why not.
 */
async function readRemapFiles(
  io: CliIo,
  dataPath: string | undefined,
  weightsPath: string | undefined,
): Promise<{ data: unknown; weights?: unknown } | number> {
  if (dataPath === undefined) {
    io.err("Lỗi [OPTION_REQUIRED] --data: cần tệp số liệu JSON\n");
    return EXIT.usage;
  }
  const raw = await readJsonFile(dataPath, io.cwd, "--data");
  if (!raw.ok) {
    printIssues(io, raw.errors, { option: "--data" });
    return EXIT.usage;
  }
  const data = Array.isArray(raw.value) ? { dataValues: raw.value } : raw.value;
  if (weightsPath === undefined) return { data };
  const w = await readJsonFile(weightsPath, io.cwd, "--weights");
  if (!w.ok) {
    printIssues(io, w.errors, { option: "--weights" });
    return EXIT.usage;
  }
  return { data, weights: w.value };
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
    const from = stringOption(parsed.args, "from");
    const to = stringOption(parsed.args, "to");
    for (const [date, option] of [
      [from, "--from"],
      [to, "--to"],
    ] as const) {
      if (date === undefined) {
        io.err(`Lỗi [OPTION_REQUIRED] ${option}: cần một ngày dạng YYYY-MM-DD (ví dụ 2025-07-01)\n`);
        return EXIT.usage;
      }
    }
    const patchFiles = patchOption(parsed.args.values);
    const patches = await readPatches(io, patchFiles, [from, to]);
    if (typeof patches === "number") return patches;
    const dataPath = stringOption(parsed.args, "data");
    const weightsPath = stringOption(parsed.args, "weights");
    const files = await readRemapFiles(io, dataPath, weightsPath);
    if (typeof files === "number") return files;
    const result = await remapValues(fileModeContext(), LOCAL_OPERATOR, { from, to, ...files }, { patches });
    const fields = {
      from: "--from",
      to: "--to",
      dataValues: { option: "--data", file: dataPath, topKey: "dataValues" },
      data: { option: "--data", file: dataPath, topKey: "dataValues" },
      weights: { option: "--weights", file: weightsPath, topKey: "weights" },
    };
    if (!result.ok) {
      const refused = result.errors.filter((e) => e.code === "DATA_VALUE_UNKNOWN_UNIT");
      const shown = refused.length > 20 ? result.errors.slice(0, 20) : result.errors;
      printAppIssues(io, shown.map(weightsOrData), fields, patchFiles);
      if (refused.length > 20) io.err(`… và ${refused.length - 20} lỗi khác\n`);
      return EXIT.usage;
    }
    printAppIssues(io, result.warnings, fields, patchFiles, "Cảnh báo");
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
    io.out(`Từ: ${result.value.fromLabel}\nSang: ${result.value.toLabel}\n\n`);
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
