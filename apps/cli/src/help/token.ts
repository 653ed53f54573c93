import type { CommandHelp } from "../command.js";

/** The usage of `token`: the text `pctm token --help` prints. */
export const TOKEN_USAGE = `pctm token create --user <tên> [--role <vai trò>] [--scope <mã đơn vị|VN>] [--label <ghi chú>] [--days <số ngày>] [--json]
pctm token revoke <mã token> [--json]
pctm token list [--user <tên>] [--json]

Mã truy cập của dịch vụ REST: ngẫu nhiên 256 bit, chỉ hiện MỘT lần khi tạo, lưu dạng băm, hết hạn sau
90 ngày (--days), thu hồi được; không rộng hơn vai trò và phạm vi của người dùng.`;

export const TOKEN_HELP: CommandHelp = {
  name: "token",
  summary: "Tạo, thu hồi, liệt kê mã truy cập (token create|revoke|list)",
  usage: TOKEN_USAGE,
};

export const TOKEN_CREATE_HELP: CommandHelp = {
  name: "create",
  summary: "Tạo mã truy cập",
  usage: TOKEN_USAGE,
};

export const TOKEN_REVOKE_HELP: CommandHelp = {
  name: "revoke",
  summary: "Thu hồi mã truy cập",
  usage: TOKEN_USAGE,
};

export const TOKEN_LIST_HELP: CommandHelp = {
  name: "list",
  summary: "Liệt kê mã truy cập",
  usage: TOKEN_USAGE,
};

/** The subcommands of `token`, for the command table. */
export const TOKEN_SUBCOMMANDS: readonly CommandHelp[] = [
  TOKEN_CREATE_HELP,
  TOKEN_REVOKE_HELP,
  TOKEN_LIST_HELP,
];
