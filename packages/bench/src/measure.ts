/** One timed run: wall-clock milliseconds and CPU milliseconds (user + system) of this process. */
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/**
 * Runs `work` `repeat` times after one warm-up and keeps the fastest run: on a shared, noisy machine
 * the minimum is the least disturbed measurement of the code itself.
 */
export function measure(work: () => unknown, repeat = 3): Timing {
  work();
  let best: Timing | undefined;
  for (let i = 0; i < repeat; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    work();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (!best || wallMs < best.wallMs) best = { wallMs, cpuMs };
  }
  return best as Timing;
}

/** Like measure, for asynchronous work (a database round trip). */
export async function measureAsync(work: () => Promise<unknown>, repeat = 3): Promise<Timing> {
  await work();
  let best: Timing | undefined;
  for (let i = 0; i < repeat; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    await work();
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    if (!best || wallMs < best.wallMs) best = { wallMs, cpuMs };
  }
  return best as Timing;
}
