import { createUser, LOCAL_OPERATOR, type StoredUser } from "@pctm/app";
import type { Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { withCliStore } from "./data-store.js";

const USAGE = `pctm user create --name <tên đăng nhập> --role viewer|editor|approver|admin --scope <mã đơn vị|VN> [--display-name <họ tên>] [--json]

Thêm người dùng vào cơ sở dữ liệu: vai trò và phạm vi (một đơn vị và mọi đơn vị trực thuộc).
Ví dụ: pctm user create --name ca-hue --role approver --scope 46 --display-name "Công an tỉnh"`;

const createCommand: Command = {
  name: "create",
  summary: "Thêm người dùng",
  usage: USAGE,
  async run(args, io) {
    const options = {
      name: { type: "string" },
      role: { type: "string" },
      scope: { type: "string" },
      "display-name": { type: "string" },
      json: { type: "boolean" },
    } as const;
    const parsed = commandArgs(io, args, options, USAGE, { required: ["name", "role", "scope"] });
    if (typeof parsed === "number") return parsed;
    const v = parsed.values;
    const input = {
      name: v.name,
      role: v.role,
      scopeUnit: v.scope === "VN" ? null : v.scope,
      displayName: v["display-name"],
    };
    return withCliStore(io, async (ctx) =>
      printResult(io, await createUser(ctx, LOCAL_OPERATOR, input), {
        json: v.json === true,
        show: (u: StoredUser) =>
          `Đã thêm người dùng ${u.name} (${u.id}): ${u.role}, phạm vi ${u.scopeUnit ?? "toàn quốc"}\n`,
        fields: { name: "--name", role: "--role", scopeUnit: "--scope", displayName: "--display-name" },
      }),
    );
  },
};

/** `pctm user create`. */
export const userCommand: Command = {
  name: "user",
  summary: "Thêm người dùng (user create)",
  usage: USAGE,
  subcommands: [createCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "user", args[0], USAGE);
  },
};
