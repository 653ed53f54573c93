import { resolve } from "node:path";
import { exportDataValues, LOCAL_OPERATOR } from "@pctm/app";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { failWith, printProblem } from "../print-issues.js";
import { writeFileAtomic } from "../write-file-atomic.js";
import { withCliStore } from "./data-store.js";

const USAGE = `pctm data export [--org-unit <mã> [--children]] [--period <kỳ>] [--data-element <mã>] [--format json|csv] [--out <tệp>]

Xuất số liệu đã lưu (DATABASE_URL, mặc định ./data/pctm.sqlite):
  --org-unit <mã>       số liệu của đơn vị này (mặc định: mọi đơn vị)
  --children            cùng mọi đơn vị trực thuộc (huyện, xã …)
  --period <kỳ>         một kỳ: 2020, 2020S1, 2020Q3, 2020-07, 2017-01-01/2020-06-30
  --data-element <mã>   một phần tử dữ liệu
  --format json|csv     JSON dạng dataValueSets của DHIS2 (mặc định) hoặc CSV có dòng tiêu đề
  --out <tệp>           ghi ra tệp (mặc định: in ra màn hình)
Tệp xuất ra nhập lại được bằng pctm data import; giá trị giữ nguyên chính xác.`;

export const dataExportCommand: Command = {
  name: "export",
  summary: "Xuất số liệu ra JSON hoặc CSV",
  usage: USAGE,
  async run(args, io) {
    const parsed = commandArgs(
      io,
      args,
      {
        "org-unit": { type: "string" },
        children: { type: "boolean" },
        period: { type: "string" },
        "data-element": { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
      },
      USAGE,
    );
    if (typeof parsed === "number") return parsed;
    const orgUnit = stringOption(parsed, "org-unit");
    if (parsed.values.children && orgUnit === undefined) {
      return printProblem(io, "USAGE", "cần --org-unit", { option: "--children" });
    }
    const out = stringOption(parsed, "out");
    return withCliStore(io, async (ctx) => {
      const result = await exportDataValues(ctx, LOCAL_OPERATOR, {
        orgUnit,
        children: parsed.values.children === true,
        period: stringOption(parsed, "period"),
        dataElement: stringOption(parsed, "data-element"),
        format: stringOption(parsed, "format") ?? "json",
      });
      if (!result.ok) {
        return failWith(
          io,
          result.errors.map((e) => ({ ...e, path: e.path.map((p) => (p === "orgUnit" ? "--org-unit" : p)) })),
        );
      }
      if (out === undefined) {
        io.out(result.value.content);
        return EXIT.ok;
      }
      await writeFileAtomic(resolve(io.cwd, out), new TextEncoder().encode(result.value.content));
      io.err(`Đã ghi ${result.value.count} giá trị vào ${out}\n`);
      return EXIT.ok;
    });
  },
};
