import type { CliIo } from "./command.js";

/**
 * A progress bar on stderr for long work ("Đang tổng hợp  [█████░░░░░] 52% 26/50 …").
 * On a terminal it redraws one line; otherwise it prints a line per 10% so logs stay short.
 */
export function progressBar(io: CliIo, label: string): (done: number, total: number, what?: string) => void {
  let lastDecile = -1;
  return (done, total, what) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.round(share * 100);
    if (io.isTty) {
      const filled = Math.round(share * 20);
      const bar = `${"█".repeat(filled)}${"░".repeat(20 - filled)}`;
      io.err(
        `\r${label} [${bar}] ${String(percent).padStart(3)}% ${done}/${total} ${what ?? ""}`.padEnd(100),
      );
      if (done >= total) io.err("\n");
      return;
    }
    const decile = Math.floor(share * 10);
    if (decile !== lastDecile) {
      lastDecile = decile;
      io.err(`${label}: ${percent}% (${done}/${total})\n`);
    }
  };
}
