import { join } from "node:path";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { failWith, printProblem } from "../print-issues.js";

const USAGE = `pctm tui [--reports <thư mục>]
pctm tui --api <url> --token <mã truy cập>

Giao diện dòng lệnh toàn màn hình cho người vận hành: chọn đợt báo cáo, xem hạn (ngày làm việc còn
lại, không kể ngày lễ), tình hình nộp của từng đơn vị, nhập số liệu của xã, phường (kiểm tra ngay khi
gõ), xem mục tiêu đạt hay không, viết thuyết minh, nộp, duyệt, trả lại và lập báo cáo DOCX.

Mặc định làm việc trên cơ sở dữ liệu cục bộ (DATABASE_URL=postgres://… hoặc tệp SQLite, mặc định
./data/pctm.sqlite), với quyền của người đang ngồi ở máy. Với --api, làm việc qua dịch vụ REST đang
chạy (pctm serve), với quyền của mã truy cập, cùng các màn hình và cách làm việc.

Tùy chọn:
  --reports <thư mục>  nơi ghi báo cáo đã lập (mặc định ./bao-cao)
  --api <url>          địa chỉ dịch vụ REST (ví dụ http://127.0.0.1:3000)
  --token <mã>         mã truy cập (hoặc biến môi trường PCTM_TOKEN)

Phím: ↑↓ hoặc j/k di chuyển, Enter mở, Esc quay lại, / tìm, ? trợ giúp, q thoát.
Màu tắt khi đặt NO_COLOR. Cần cửa sổ rộng ít nhất 80 cột.

Ví dụ:
  pctm tui
  DATABASE_URL=./du-lieu/pctm.sqlite pctm tui --reports ./bao-cao
  pctm tui --api http://127.0.0.1:3000 --token pctm_…`;

export const tuiCommand: Command = {
  name: "tui",
  summary: "Giao diện toàn màn hình: đợt báo cáo, nhập số liệu, mục tiêu, nộp, duyệt, lập báo cáo",
  usage: USAGE,
  async run(args, io) {
    const options = {
      reports: { type: "string" },
      api: { type: "string" },
      token: { type: "string" },
    } as const;
    const parsed = commandArgs(io, args, options, USAGE);
    if (typeof parsed === "number") return parsed;
    // Loaded only now: `pctm --help` and every other command start without React and Ink.
    const tui = await import("@pctm/tui");
    if (!process.stdin.isTTY || !io.isTty) {
      return printProblem(io, "TUI_NEEDS_TERMINAL", tui.TUI_ISSUE_CODES.TUI_NEEDS_TERMINAL.message);
    }
    const color = tui.colorWanted(process.env);
    const api = stringOption(parsed, "api");
    if (api !== undefined) {
      const token = stringOption(parsed, "token") ?? process.env.PCTM_TOKEN;
      if (!token) {
        const message = "--api cần --token <mã truy cập> (hoặc biến môi trường PCTM_TOKEN)";
        return printProblem(io, "MISSING_OPTION", message, { option: "--token" });
      }
      const reportDir = join(io.cwd, stringOption(parsed, "reports") ?? "bao-cao");
      await tui.runTui({ backend: tui.createRestBackend({ baseUrl: api, token, reportDir }), color });
      return EXIT.ok;
    }
    const reportDir = join(io.cwd, stringOption(parsed, "reports") ?? "bao-cao");
    const [{ createAppContext, LOCAL_OPERATOR }, { openStore }] = await Promise.all([
      import("@pctm/app"),
      import("@pctm/store"),
    ]);
    // The same database every command uses: DATABASE_URL, else ./data/pctm.sqlite, migrated at open.
    const url = process.env.DATABASE_URL;
    const opened = await openStore({ ...(url ? { url } : {}), cwd: io.cwd });
    if (!opened.ok) return failWith(io, opened.errors, { option: "DATABASE_URL" });
    const store = opened.value;
    try {
      const ctx = createAppContext({ store });
      const backend = tui.createLocalBackend(
        { ctx, actor: LOCAL_OPERATOR, reportDir },
        `CSDL: ${store.location}`,
      );
      await tui.runTui({ backend, color });
      return EXIT.ok;
    } finally {
      await store.close();
    }
  },
};
