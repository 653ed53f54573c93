import type { CommandHelp } from "../command.js";

/** The usage of `db seed`: the text `pctm db seed --help` prints. */
export const DB_SEED_USAGE = `pctm db seed [--seed <số>] [--json]

Nạp bộ số liệu MINH HỌA TỰ SINH (không có thật) vào cơ sở dữ liệu (DATABASE_URL, mặc định
./data/pctm.sqlite): mọi xã, phường, thị trấn của tỉnh Thừa Thiên Huế 2015 – 30/6/2025 và của
thành phố Huế từ 01/7/2025, các phần tử dữ liệu mà kế hoạch của Huế và chương trình quốc gia cần.
Số liệu đi qua đúng đường nhập của pctm data import (kiểm tra từng dòng, một giao dịch); mỗi giá trị
có ghi chú "Số liệu minh họa tự sinh (không có thật)". Tạo thêm người dùng quản trị minh họa
demo-admin (phạm vi toàn quốc). Chạy lại không thay đổi gì.
  --seed <số>   hạt giống của bộ sinh số ngẫu nhiên (mặc định cố định: luôn cùng một bộ số liệu)
  --json        in kết quả dạng JSON`;

export const DB_SEED_HELP: CommandHelp = {
  name: "seed",
  summary: "Nạp bộ số liệu minh họa tự sinh (không có thật) của Huế 2015–2025",
  usage: DB_SEED_USAGE,
};
