import { type CliIo, EXIT } from "./command.js";
import { commands } from "./commands/index.js";

const VERSION = "0.1.0";

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "pctm — bộ công cụ lập kế hoạch, theo dõi và báo cáo công tác phòng, chống ma túy",
    "",
    "Cách dùng: pctm <lệnh> [tùy chọn]",
    "",
    "Lệnh:",
    ...lines,
    "",
    "Tùy chọn chung: --help (trợ giúp của từng lệnh), --version",
    "",
  ].join("\n");
}

/**
 * Runs `pctm` with the given arguments; returns the exit code. Help and the version come from the
 * command table's texts alone; a command's code (and the printer of problems) is imported only when
 * something runs or fails, so `pctm --help` starts as fast as Node does.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(helpText());
    return EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    io.out(`${VERSION}\n`);
    return EXIT.ok;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const { printProblem } = await import("./print-issues.js");
    return printProblem(io, "UNKNOWN_COMMAND", `không có lệnh "${name}". Xem: pctm --help`);
  }
  // "pctm units remap …": a subcommand with its own usage takes over, for --help as for running.
  const subHelp = entry.subcommands?.find((c) => c.name === rest[0]);
  const args = subHelp ? rest.slice(1) : rest;
  if (args.includes("--help") || args.includes("-h")) {
    io.out(`${(subHelp ?? entry).usage.trimEnd()}\n`);
    return EXIT.ok;
  }
  try {
    const command = await entry.load();
    const target = subHelp ? command.subcommands?.find((c) => c.name === subHelp.name) : command;
    if (!target) throw new Error(`lệnh con "${subHelp?.name}" của "${name}" không có mã chạy`);
    return await target.run(args, io);
  } catch (error) {
    // Commands report expected failures themselves; this is the last line against a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    const { printProblem } = await import("./print-issues.js");
    return printProblem(io, "INTERNAL", message);
  }
}
