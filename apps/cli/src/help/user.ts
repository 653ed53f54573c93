import type { CommandHelp } from "../command.js";

/** The usage of `user`: the text `pctm user --help` prints. */
export const USER_USAGE = `pctm user create --name <tên đăng nhập> --role viewer|editor|approver|admin --scope <mã đơn vị|VN> [--display-name <họ tên>] [--json]

Thêm người dùng vào cơ sở dữ liệu: vai trò và phạm vi (một đơn vị và mọi đơn vị trực thuộc).
Ví dụ: pctm user create --name ca-hue --role approver --scope 46 --display-name "Công an tỉnh"`;

export const USER_HELP: CommandHelp = {
  name: "user",
  summary: "Thêm người dùng (user create)",
  usage: USER_USAGE,
};

export const USER_CREATE_HELP: CommandHelp = {
  name: "create",
  summary: "Thêm người dùng",
  usage: USER_USAGE,
};

/** The subcommands of `user`, for the command table. */
export const USER_SUBCOMMANDS: readonly CommandHelp[] = [USER_CREATE_HELP];
