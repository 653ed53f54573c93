import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { type BenchRow, printTable } from "./print-table.js";

interface RunningServer {
  readonly url: string;
  readonly token: string;
  readonly child: ChildProcess;
}

/** Starts `pctm serve` (the server's bin) on a port of its own and waits for its demo token. */
function startServer(port: number, databaseUrl: string): Promise<RunningServer> {
  const require = createRequire(import.meta.url);
  const bin = require.resolve("@pctm/server/package.json").replace(/package\.json$/, "dist/bin.js");
  const child = spawn(process.execPath, [bin], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let seen = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${seen.slice(-500)}`)), 300_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const token = /Demo admin token: (\S+)/.exec(seen)?.[1];
      if (token) {
        clearTimeout(timer);
        child.stdout?.removeAllListeners("data");
        child.stdout?.resume();
        resolve({ url: `http://127.0.0.1:${port}`, token, child });
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
    });
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${seen.slice(-500)}`)));
  });
}

interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p99Ms: number;
  readonly errors: number;
}

async function load(
  url: string,
  token: string,
  options: { method?: "GET" | "POST"; body?: string; type?: string } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections: 8,
    duration: 5,
    method: options.method ?? "GET",
    headers: { authorization: `Bearer ${token}`, ...(options.type ? { "content-type": options.type } : {}) },
    ...(options.body ? { body: options.body } : {}),
  });
  return {
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** A batch of figures for Thừa Thiên Huế's communes, as a client would post them. */
function bulkBody(): string {
  const communes = Array.from({ length: 50 }, (_, i) => String(19741 + i * 3));
  return JSON.stringify({
    dataValues: communes.map((orgUnit, i) => ({
      dataElement: "serious_cases_detected",
      period: "2019",
      orgUnit,
      value: String(i % 7),
    })),
  });
}

const asRow = (name: string, r: LoadResult, reference?: LoadResult): BenchRow => {
  if (r.requestsPerSecond === 0)
    return { name, wallMs: Number.NaN, note: "no request finished within the 5 s run" };
  return {
    name,
    wallMs: 1000 / r.requestsPerSecond,
    ...(reference ? { ratio: reference.requestsPerSecond / r.requestsPerSecond } : {}),
    note: `${r.requestsPerSecond.toFixed(1)} req/s, p99 ${r.p99Ms} ms${r.errors ? `, ${r.errors} errors` : ""}`,
  };
};

/**
 * Benchmark 5: the REST service on loopback under autocannon (8 connections, 5 s each): reads,
 * evaluations and bulk writes against /health in the same run; with PCTM_BENCH_DATABASE_URL, two
 * instances on one PostgreSQL against one.
 */
export async function benchService(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "pctm-bench-service-"));
  const servers: RunningServer[] = [];
  try {
    const one = await startServer(18787, join(folder, "pctm.sqlite"));
    servers.push(one);
    const health = await load(`${one.url}/health`, one.token);
    const evaluations = await load(
      `${one.url}/v1/plans/qd-424-2017/evaluations?unit=46&period=2019`,
      one.token,
    );
    const reads = await load(`${one.url}/v1/dataValueSets?orgUnit=46&period=2019&children=true`, one.token);
    const writes = await load(`${one.url}/v1/dataValueSets`, one.token, {
      method: "POST",
      body: bulkBody(),
      type: "application/json",
    });
    printTable(
      "5. REST service on loopback, SQLite (time per request = 1 / throughput; ratio = throughput of /health ÷ this)",
      [
        asRow("reference: GET /health", health),
        asRow("GET /v1/plans/qd-424-2017/evaluations?unit=46&period=2019", evaluations, health),
        asRow("GET /v1/dataValueSets?orgUnit=46&period=2019&children=true", reads, health),
        asRow("POST /v1/dataValueSets (50 values)", writes, health),
      ],
    );
    const pg = process.env.PCTM_BENCH_DATABASE_URL;
    if (!pg) {
      console.log(
        "5b. two instances on one PostgreSQL not measured: set PCTM_BENCH_DATABASE_URL=postgres://…",
      );
      return;
    }
    const first = await startServer(18788, pg);
    servers.push(first);
    const alone = await load(
      `${first.url}/v1/plans/qd-424-2017/evaluations?unit=46&period=2019`,
      first.token,
    );
    const second = await startServer(18789, pg);
    servers.push(second);
    const [a, b] = await Promise.all([
      load(`${first.url}/v1/plans/qd-424-2017/evaluations?unit=46&period=2019`, first.token),
      load(`${second.url}/v1/plans/qd-424-2017/evaluations?unit=46&period=2019`, second.token),
    ]);
    const together = {
      requestsPerSecond: a.requestsPerSecond + b.requestsPerSecond,
      p99Ms: Math.max(a.p99Ms, b.p99Ms),
      errors: a.errors + b.errors,
    };
    printTable(
      "5b. evaluations on PostgreSQL: one instance, then two on the same database (2 cores shared)",
      [asRow("one instance", alone), asRow("two instances together", together, alone)],
    );
  } finally {
    for (const s of servers) s.child.kill("SIGTERM");
    rmSync(folder, { recursive: true, force: true });
  }
}
