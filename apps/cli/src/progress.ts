import type { CliIo } from "./command.js";

/**
 * A progress bar on stderr for long work ("Đang tổng hợp  [█████░░░░░] 52% 26/50 …").
 * On a terminal it redraws one line. Elsewhere (a pipe, a CI log) a redrawn bar would be one line
 * per step, so it prints only where the phase starts and where it ends.
 */
export function progressBar(
  io: CliIo,
  label: string,
  /** How an amount is written ("1234" by default; bytes as "12,5 MB"). */
  amount: (n: number) => string = String,
): (done: number, total: number, what?: string) => void {
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
        `\r${label} [${bar}] ${String(percent).padStart(3)}% ${amount(done)}/${amount(total)} ${what ?? ""}`.padEnd(
          100,
        ),
      );
      if (done >= total) io.err("\n");
      return;
    }
    const end = done >= total;
    if (end ? ended : started) return;
    started = true;
    if (end) ended = true;
    io.err(`${label}: ${percent}% (${amount(done)}/${amount(total)})\n`);
  };
}

/** A size in bytes as people read it: "850 B", "64 KB", "12,5 MB" (Vietnamese decimal comma). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(".", ",")} MB`;
}
