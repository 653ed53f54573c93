import { createUser, LOCAL_OPERATOR, type StoredUser } from "@pctm/app";
import type { Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import { USER_USAGE as USAGE, USER_CREATE_HELP, USER_HELP } from "../help/user.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { withCliStore } from "./data-store.js";

const createCommand: Command = {
  ...USER_CREATE_HELP,
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
  ...USER_HELP,
  subcommands: [createCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "user", args[0], USAGE);
  },
};
