import { resolve } from "node:path";
import { exportDataValues, LOCAL_OPERATOR } from "@pctm/app";
import { readArgs, stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { printIssues } from "../print-issues.js";
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
    const parsed = readArgs(args, {
      "org-unit": { type: "string" },
      children: { type: "boolean" },
      period: { type: "string" },
      "data-element": { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    });
    if (!parsed.ok || parsed.args.positionals.length > 0) {
      const message = parsed.ok ? `không hiểu "${parsed.args.positionals.join(" ")}"` : parsed.message;
      io.err(`Lỗi [USAGE]: ${message}\n${USAGE}\n`);
      return EXIT.usage;
    }
    const orgUnit = stringOption(parsed.args, "org-unit");
    if (parsed.args.values.children && orgUnit === undefined) {
      io.err("Lỗi [USAGE] --children: cần --org-unit\n");
      return EXIT.usage;
    }
    const out = stringOption(parsed.args, "out");
    return withCliStore(io, async (ctx) => {
      const result = await exportDataValues(ctx, LOCAL_OPERATOR, {
        orgUnit,
        children: parsed.args.values.children === true,
        period: stringOption(parsed.args, "period"),
        dataElement: stringOption(parsed.args, "data-element"),
        format: stringOption(parsed.args, "format") ?? "json",
      });
      if (!result.ok) {
        printIssues(
          io,
          result.errors.map((e) => ({ ...e, path: e.path.map((p) => (p === "orgUnit" ? "--org-unit" : p)) })),
        );
        return EXIT.usage;
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
