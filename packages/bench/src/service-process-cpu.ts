import { readdirSync, readFileSync } from "node:fs";

// Linux's clock ticks per second for /proc/<pid>/stat (sysconf(_SC_CLK_TCK), 100 on every usual kernel).
const TICKS_PER_SECOND = 100;

/**
 * CPU milliseconds (user + system) a process has used so far, with `children` also those of its
 * ended children it has waited for; 0 when it is gone or not on Linux.
 */
export function cpuMsOfProcess(pid: number, children = false): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The name (field 2) may hold spaces: count fields from after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const own = Number(fields[11]) + Number(fields[12]);
    const ticks = children ? own + Number(fields[13]) + Number(fields[14]) : own;
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : 0;
  } catch {
    return 0;
  }
}

/** The ids of the running processes whose name is `name` (e.g. the PostgreSQL server's "postgres"). */
export function pidsNamed(name: string): number[] {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const out: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, "utf8").trim() === name) out.push(Number(entry));
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/**
 * CPU milliseconds the PostgreSQL server on this machine has used so far: every live server process,
 * plus the backends that ended (the main process waits for each, and the kernel adds its time to the
 * main process's children's time). The difference across a piece of work is the server's share of it,
 * plus whatever else the server did meanwhile.
 */
export function postgresCpuMs(): number {
  return pidsNamed("postgres").reduce((sum, pid) => sum + cpuMsOfProcess(pid, true), 0);
}
