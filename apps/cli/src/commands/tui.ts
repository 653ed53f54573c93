import { join } from "node:path";
import { stringOption } from "../args.js";
import type { Command } from "../command.js";
import { EXIT } from "../command.js";
import { commandArgs } from "../command-args.js";
import { TUI_HELP, TUI_USAGE as USAGE } from "../help/tui.js";
import { failWith, printProblem } from "../print-issues.js";

export const tuiCommand: Command = {
  ...TUI_HELP,
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
