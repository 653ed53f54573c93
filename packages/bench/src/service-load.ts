import autocannon from "autocannon";
import { cpuMsOfProcess, postgresCpuMs } from "./service-process-cpu.js";
import type { RunningServer } from "./service-server.js";

/** What a load run sends: a path, and for writes a body that differs at every request. */
export interface ServiceRequest {
  readonly path: string;
  readonly method?: "GET" | "POST";
  /** The body (JSON) of the n-th request to the server-th server. */
  readonly body?: (n: number, server: number) => string;
}

/** A load run's figures, over every server it loaded. */
export interface LoadFigures {
  /** Answered with 2xx, per second of the run. */
  readonly perSecond: number;
  readonly p99Ms: number;
  readonly answered: number;
  /** Connection errors, timeouts and answers other than 2xx. */
  readonly failed: number;
  /** CPU the servers' processes used per answered request. */
  readonly serverCpuMsEach: number;
  /** CPU the PostgreSQL server used per answered request (0 on SQLite). */
  readonly postgresCpuMsEach: number;
  /** Cores kept busy over the run: the servers, PostgreSQL and the load tool (this process). */
  readonly busyCores: number;
}

async function cannon(
  server: RunningServer,
  index: number,
  request: ServiceRequest,
  seconds: number,
  connections: number,
) {
  let n = 0;
  const { body } = request;
  return autocannon({
    url: `${server.url}${request.path}`,
    connections,
    duration: seconds,
    method: request.method ?? "GET",
    headers: {
      authorization: `Bearer ${server.token}`,
      ...(body ? { "content-type": "application/json" } : {}),
    },
    ...(body ? { requests: [{ setupRequest: (r) => ({ ...r, body: body(n++, index) }) }] } : {}),
  });
}

/**
 * autocannon on each server at once (`connections` each, `seconds` long), from this process: on a
 * 2-core machine the load tool takes its share of the cores, which is why each figure sits beside
 * /health's, measured the same way, and why the servers' own CPU per request is given.
 */
export async function loadServers(
  servers: readonly RunningServer[],
  request: ServiceRequest,
  seconds = 4,
  connections = 8,
): Promise<LoadFigures> {
  const pids = servers.map((s) => s.child.pid ?? 0);
  const serverBefore = pids.reduce((sum, pid) => sum + cpuMsOfProcess(pid), 0);
  const postgresBefore = postgresCpuMs();
  const loaderBefore = process.cpuUsage();
  const start = performance.now();
  const results = await Promise.all(servers.map((s, i) => cannon(s, i, request, seconds, connections)));
  await Promise.all(servers.map(settle));
  const wallMs = performance.now() - start;
  const loader = process.cpuUsage(loaderBefore);
  const serverCpu = pids.reduce((sum, pid) => sum + cpuMsOfProcess(pid), 0) - serverBefore;
  const postgresCpu = postgresCpuMs() - postgresBefore;
  const answered = results.reduce((sum, r) => sum + r["2xx"], 0);
  const duration = Math.max(...results.map((r) => r.duration));
  const each = (ms: number) => (answered > 0 ? ms / answered : Number.NaN);
  return {
    perSecond: answered / duration,
    p99Ms: Math.max(...results.map((r) => r.latency.p99)),
    answered,
    failed: results.reduce((sum, r) => sum + r.errors + r.non2xx, 0),
    serverCpuMsEach: each(serverCpu),
    postgresCpuMsEach: each(postgresCpu),
    busyCores: (serverCpu + postgresCpu + (loader.user + loader.system) / 1000) / wallMs,
  };
}

/** One request's wall time and the server's CPU for it, sent alone. */
export async function timeOneRequest(
  server: RunningServer,
  request: ServiceRequest,
): Promise<{ wallMs: number; serverCpuMs: number; status: number }> {
  const pid = server.child.pid ?? 0;
  const cpu = cpuMsOfProcess(pid);
  const start = performance.now();
  const answer = await fetch(`${server.url}${request.path}`, {
    method: request.method ?? "GET",
    headers: {
      authorization: `Bearer ${server.token}`,
      ...(request.body ? { "content-type": "application/json" } : {}),
    },
    ...(request.body ? { body: request.body(0, 0) } : {}),
  });
  await answer.arrayBuffer();
  return { wallMs: performance.now() - start, serverCpuMs: cpuMsOfProcess(pid) - cpu, status: answer.status };
}

/**
 * Waits until the server has answered what the load tool left in flight, so that one run's backlog
 * is neither counted in the next run's time nor lost from this run's CPU: /health is answered after
 * the requests queued before it (each server answers on one thread).
 */
async function settle(server: RunningServer): Promise<void> {
  const answer = await fetch(`${server.url}/health`);
  await answer.arrayBuffer();
}
