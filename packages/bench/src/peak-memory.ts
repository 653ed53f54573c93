import { readFileSync } from "node:fs";

/**
 * This process's peak resident memory in MB. On Linux it is read from /proc (VmHWM), which starts
 * afresh with the process: `resourceUsage().maxRSS` is carried over from the parent that spawned it,
 * so a child of a large benchmark process reported the parent's peak. Elsewhere, maxRSS.
 */
export function peakMemoryMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1];
    if (kb) return Number(kb) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** The same, as a script for `node -e` (the peak of a process that does nothing). */
export const PEAK_MEMORY_SCRIPT = `
const s = (() => { try { return require("node:fs").readFileSync("/proc/self/status", "utf8"); } catch { return ""; } })();
const kb = /^VmHWM:\\s+(\\d+) kB$/m.exec(s)?.[1];
console.log(kb ? Number(kb) / 1024 : process.resourceUsage().maxRSS / 1024);
`;
