import { createToken, LOCAL_OPERATOR, listTokens, type PublicToken, revokeToken } from "@pctm/app";
import type { Command } from "../command.js";
import { commandArgs } from "../command-args.js";
import {
  TOKEN_CREATE_HELP,
  TOKEN_HELP,
  TOKEN_LIST_HELP,
  TOKEN_REVOKE_HELP,
  TOKEN_USAGE as USAGE,
} from "../help/token.js";
import { printSubcommandMissing } from "../print-issues.js";
import { printResult } from "../run-use-case.js";
import { renderTable } from "../table.js";
import { withCliStore } from "./data-store.js";

const FIELDS = {
  user: "--user",
  role: "--role",
  scopeUnit: "--scope",
  label: "--label",
  expiresInDays: "--days",
};

const createCommand: Command = {
  ...TOKEN_CREATE_HELP,
  async run(args, io) {
    const options = {
      user: { type: "string" },
      role: { type: "string" },
      scope: { type: "string" },
      label: { type: "string" },
      days: { type: "string" },
      json: { type: "boolean" },
    } as const;
    const parsed = commandArgs(io, args, options, USAGE, { required: ["user"] });
    if (typeof parsed === "number") return parsed;
    const v = parsed.values;
    const days = typeof v.days === "string" ? Number(v.days) : undefined;
    const input = {
      user: v.user,
      role: v.role,
      scopeUnit: v.scope === "VN" ? null : v.scope,
      label: v.label,
      expiresInDays: days,
    };
    return withCliStore(io, async (ctx) =>
      printResult(io, await createToken(ctx, LOCAL_OPERATOR, input), {
        json: v.json === true,
        show: ({ token, secret }) =>
          `Mã truy cập ${token.id} (${token.role}, phạm vi ${token.scopeUnit ?? "toàn quốc"}, hết hạn ${token.expiresAt.slice(0, 10)}):\n${secret}\nMã này chỉ hiện một lần: hãy lưu lại ngay.\n`,
        fields: FIELDS,
      }),
    );
  },
};

const revokeCommand: Command = {
  ...TOKEN_REVOKE_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, { json: { type: "boolean" } }, USAGE, { positionals: 1 });
    if (typeof parsed === "number") return parsed;
    return withCliStore(io, async (ctx) =>
      printResult(io, await revokeToken(ctx, LOCAL_OPERATOR, { tokenId: parsed.positionals[0] }), {
        json: parsed.values.json === true,
        show: (t: PublicToken) => `Đã thu hồi mã truy cập ${t.id} lúc ${t.revokedAt}\n`,
        fields: { tokenId: "<mã token>" },
      }),
    );
  },
};

const listCommand: Command = {
  ...TOKEN_LIST_HELP,
  async run(args, io) {
    const parsed = commandArgs(io, args, { user: { type: "string" }, json: { type: "boolean" } }, USAGE);
    if (typeof parsed === "number") return parsed;
    return withCliStore(io, async (ctx) =>
      printResult(io, await listTokens(ctx, LOCAL_OPERATOR, { user: parsed.values.user }), {
        json: parsed.values.json === true,
        show: (tokens) =>
          renderTable(
            ["Mã", "Người dùng", "Vai trò", "Phạm vi", "Hết hạn", "Thu hồi", "Ghi chú"],
            tokens.map((t) => [
              t.id,
              t.userId,
              t.role,
              t.scopeUnit ?? "VN",
              t.expiresAt.slice(0, 10),
              (t.revokedAt ?? "").slice(0, 10),
              t.label,
            ]),
          ),
        fields: FIELDS,
      }),
    );
  },
};

/** `pctm token create|revoke|list`. */
export const tokenCommand: Command = {
  ...TOKEN_HELP,
  subcommands: [createCommand, revokeCommand, listCommand],
  async run(args, io) {
    return printSubcommandMissing(io, "token", args[0], USAGE);
  },
};
