import type { CommandHelp } from "../command.js";

/** The usage of `evaluate`: the text `pctm evaluate --help` prints. */
export const EVALUATE_USAGE = `pctm evaluate --plan <mã> --unit <mã> --period <kỳ> [--period <kỳ>]… [--as-of YYYY-MM-DD] [--data <tệp>] [--json]

Đánh giá mọi mục tiêu của một kế hoạch cho một đơn vị và một hay nhiều kỳ, trên số liệu của đơn vị và
mọi đơn vị trực thuộc (tổng hợp từ cấp xã):
  --data <tệp>   số liệu trong tệp JSON { "dataValues": [...] }; không ghi thì đọc cơ sở dữ liệu
                 (DATABASE_URL, mặc định ./data/pctm.sqlite)
  --as-of        ngày đánh giá (mặc định: ngày cuối kỳ, hoặc hôm nay nếu kỳ chưa kết thúc)
  --json         in kết quả dạng JSON

Ví dụ: pctm evaluate --plan can-tho-424 --unit 92 --period 2019 --data examples/can-tho-2019/data.json`;

export const EVALUATE_HELP: CommandHelp = {
  name: "evaluate",
  summary: "Đánh giá các mục tiêu của kế hoạch cho một đơn vị và kỳ (từ cơ sở dữ liệu hoặc tệp --data)",
  usage: EVALUATE_USAGE,
};
