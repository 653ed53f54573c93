import type { CliIo } from "./command.js";

/**
 * A progress bar on stderr for long work ("Đang tổng hợp  [█████░░░░░] 52% 26/50 …").
 * On a terminal it redraws one line. Elsewhere (a pipe, a CI log) a redrawn bar would be one line
 * per step, so it prints only where the phase starts and where it ends.
 */
export function progressBar(io: CliIo, label: string): (done: number, total: number, what?: string) => void {
  const terminal = io.stderrIsTty ?? io.isTty;
  let started = false;
  let ended = false;
  return (done, total, what) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const percent = Math.round(share * 100);
    if (terminal) {
      const filled = Math.round(share * 20);
      const bar = `${"█".repeat(filled)}${"░".repeat(20 - filled)}`;
      io.err(
        `\r${label} [${bar}] ${String(percent).padStart(3)}% ${done}/${total} ${what ?? ""}`.padEnd(100),
      );
      if (done >= total) io.err("\n");
      return;
    }
    const end = done >= total;
    if (end ? ended : started) return;
    started = true;
    if (end) ended = true;
    io.err(`${label}: ${percent}% (${done}/${total})\n`);
  };
}
