import { DEMO_NOTICE, LOCAL_OPERATOR, seedDemoData } from "@pctm/app";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { DB_SEED_HELP, DB_SEED_USAGE as USAGE } from "../help/db-seed.js";
import { failWith, printProblem } from "../print-issues.js";
import { progressBar } from "../progress.js";
import { withCliStore } from "./data-store.js";

const PHASES = {
  read: "Đọc",
  check: "Kiểm tra số liệu minh họa",
  rules: "Quy tắc kiểm tra",
  write: "Ghi số liệu minh họa",
} as const;

export const dbSeedCommand: Command = {
  ...DB_SEED_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, { seed: { type: "string" }, json: { type: "boolean" } }, USAGE);
    if (typeof parsed === "number") return parsed;
    const seedText = stringOption(parsed, "seed");
    const seed = seedText === undefined ? undefined : Number(seedText);
    if (seed !== undefined && !(Number.isInteger(seed) && seed >= 0 && seed <= 4_294_967_295)) {
      const message = `cần số nguyên từ 0 đến 4294967295, không phải "${seedText}"`;
      return printProblem(io, "USAGE", message, { option: "--seed" });
    }
    io.err(`${DEMO_NOTICE}\n`);
    return withCliStore(io, async (ctx) => {
      let phase: keyof typeof PHASES | undefined;
      let bar: ReturnType<typeof progressBar> | undefined;
      const result = await seedDemoData(ctx, LOCAL_OPERATOR, seed === undefined ? {} : { seed }, {
        onProgress(done, total, now) {
          if (now !== phase) {
            phase = now;
            bar = progressBar(io, PHASES[now]);
          }
          bar?.(done, total);
        },
      });
      if (!result.ok) {
        return failWith(io, result.errors);
      }
      const out = result.value;
      if (parsed.values.json) {
        io.out(`${JSON.stringify(out, null, 2)}\n`);
        return EXIT.ok;
      }
      const communes = Object.entries(out.communes)
        .map(([period, count]) => `${period}: ${count}`)
        .join(", ");
      io.out(
        [
          "Số liệu MINH HỌA TỰ SINH (không có thật) đã nạp:",
          `  ${out.values} giá trị — ${out.created} thêm mới, ${out.updated} cập nhật, ${out.unchanged} không đổi; ${out.violations} vi phạm quy tắc kiểm tra`,
          `  ${out.dataElements.length} phần tử dữ liệu; số xã, phường theo kỳ: ${communes}`,
          `  người dùng quản trị minh họa: ${out.admin.name}${out.admin.created ? " (mới tạo)" : " (đã có)"}`,
          "",
        ].join("\n"),
      );
      return EXIT.ok;
    });
  },
};
