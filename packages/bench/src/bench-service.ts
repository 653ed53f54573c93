import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { descendantsAtLevel } from "@pctm/domain";
import { packagedEdition } from "@pctm/units-data";
import {
  dropPostgresSchema,
  loadPostgresStore,
  loadSqliteStore,
  SERVICE_PROVINCE,
  SERVICE_YEAR,
  type ServiceSize,
  serviceWorkload,
  urlOfSchema,
} from "./service-dataset.js";
import { type LoadFigures, loadServers, type ServiceRequest, timeOneRequest } from "./service-load.js";
import { type RunningServer, startServer, stopServer } from "./service-server.js";
import { printServiceTable, type ServiceLine } from "./service-table.js";
import { bottomLevel } from "./workload.js";

const HEALTH: ServiceRequest = { path: "/health" };
const EVALUATION: ServiceRequest = {
  path: `/v1/plans/qd-424-2017/evaluations?unit=${SERVICE_PROVINCE}&period=${SERVICE_YEAR}`,
};
const READ: ServiceRequest = {
  path: `/v1/dataValueSets?orgUnit=${SERVICE_PROVINCE}&period=${SERVICE_YEAR}&children=true`,
};

/**
 * 50 values of the province's first communes. Each request writes another element of `elements` (the
 * server-th server starts one further), so concurrent writes rarely touch the same rows, and its
 * values differ from the last time that element was written, so that every request changes data.
 */
function bulkWrite(elements: readonly string[]): ServiceRequest {
  const edition = packagedEdition("vn-2023-04-08");
  const communes = descendantsAtLevel(edition, SERVICE_PROVINCE, bottomLevel(edition))
    .slice(0, 50)
    .map((u) => u.code);
  return {
    path: "/v1/dataValueSets",
    method: "POST",
    body: (n, server) =>
      JSON.stringify({
        dataValues: communes.map((orgUnit, i) => ({
          dataElement: elements[(2 * n + server) % elements.length],
          period: SERVICE_YEAR,
          orgUnit,
          value: String((n * 7 + i) % 97),
        })),
      }),
  };
}

/**
 * The first evaluation after the data changed (the remembered answers are keyed by the data version):
 * a write moves the version, then the evaluation is timed alone. Three times after one warm-up; the
 * middle one is kept.
 */
async function firstEvaluation(server: RunningServer, write: ServiceRequest) {
  const runs: { wallMs: number; serverCpuMs: number }[] = [];
  for (let i = 0; i < 4; i++) {
    const wrote = await timeOneRequest(server, { ...write, body: () => write.body?.(1000 + i, 0) ?? "" });
    if (wrote.status !== 200) throw new Error(`the write before an evaluation answered ${wrote.status}`);
    const timed = await timeOneRequest(server, EVALUATION);
    if (timed.status !== 200) throw new Error(`the evaluation answered ${timed.status}`);
    if (i > 0) runs.push(timed);
  }
  runs.sort((a, b) => a.wallMs - b.wallMs);
  return runs[1] as { wallMs: number; serverCpuMs: number };
}

/** Every figure of one server: /health, evaluations (first, then remembered), reads; writes last. */
async function measureServer(server: RunningServer, write: ServiceRequest): Promise<ServiceLine[]> {
  const health = await loadServers([server], HEALTH);
  const first = await firstEvaluation(server, write);
  const remembered = await loadServers([server], EVALUATION);
  const reads = await loadServers([server], READ);
  // A write moves the data version: evaluations measured after this would all be first ones.
  const writes = await loadServers([server], write);
  return [
    { name: "reference: GET /health", load: health },
    { name: "first evaluation after a change (qd-424-2017, Huế, 2019)", single: first },
    { name: "the same evaluation, remembered (8 connections)", load: remembered },
    { name: "read Huế's values of 2019 (dataValueSets, children)", load: reads },
    { name: "POST dataValueSets, 50 values each (separate run, last)", load: writes },
  ];
}

const SIZES: readonly ServiceSize[] = [
  { label: "Thừa Thiên Huế's communes", province: SERVICE_PROVINCE },
  { label: "every commune of the country" },
];

async function benchSqliteSizes(folder: string): Promise<void> {
  for (const [i, size] of SIZES.entries()) {
    const workload = serviceWorkload(size);
    const file = join(folder, `size-${i}.sqlite`);
    const values = await loadSqliteStore(file, workload);
    const server = await startServer(file);
    try {
      const lines = await measureServer(server, bulkWrite(workload.elements));
      printServiceTable(
        `5${"ab"[i]}. REST service on SQLite, ${size.label}: ${values.toLocaleString("en")} values (2018–2019)`,
        lines,
      );
    } finally {
      await stopServer(server);
    }
  }
}

/** One instance on PostgreSQL, then two on the same database, loaded at once. */
async function benchTwoInstances(folder: string, url: string): Promise<void> {
  const schema = `pctm_bench_service_${process.pid}`;
  const servers: RunningServer[] = [];
  try {
    const workload = serviceWorkload({ label: "every commune of the country" });
    const values = await loadPostgresStore(url, schema, join(folder, "values.csv"), workload);
    const address = urlOfSchema(url, schema);
    servers.push(await startServer(address));
    const write = bulkWrite(workload.elements);
    const run = (request: ServiceRequest): Promise<LoadFigures> => loadServers(servers, request);
    const one = {
      health: await run(HEALTH),
      first: await firstEvaluation(servers[0] as RunningServer, write),
      evaluation: await run(EVALUATION),
      reads: await run(READ),
    };
    const oneWrites = await run(write);
    servers.push(await startServer(address));
    // Warm the second instance's remembered evaluation, then load both with 8 connections each.
    await timeOneRequest(servers[1] as RunningServer, EVALUATION);
    const two = { health: await run(HEALTH), evaluation: await run(EVALUATION), reads: await run(READ) };
    const twoWrites = await run(write);
    printServiceTable(
      `5c. REST service on PostgreSQL, every commune (${values.toLocaleString("en")} values): one instance`,
      [
        { name: "reference: GET /health", load: one.health },
        { name: "first evaluation after a change", single: one.first },
        { name: "evaluation, remembered", load: one.evaluation },
        { name: "read Huế's values of 2019", load: one.reads },
        { name: "POST dataValueSets, 50 values each (last)", load: oneWrites },
      ],
      "postgres",
    );
    printServiceTable(
      "5d. two instances on the same PostgreSQL, both loaded at once (answers/s of both)",
      [
        { name: "reference: GET /health", load: two.health },
        { name: "evaluation, remembered", load: two.evaluation },
        { name: "read Huế's values of 2019", load: two.reads },
        { name: "POST dataValueSets, 50 values each (last)", load: twoWrites },
      ],
      "postgres",
    );
    const gain = (a: LoadFigures, b: LoadFigures) => `${(b.perSecond / a.perSecond).toFixed(2)}×`;
    console.log(
      `two instances ÷ one, answers/s: /health ${gain(one.health, two.health)}, evaluation ${gain(one.evaluation, two.evaluation)}, reads ${gain(one.reads, two.reads)}, writes ${gain(oneWrites, twoWrites)} (2 cores shared by both servers, PostgreSQL and the load tool)`,
    );
  } finally {
    await Promise.all(servers.map(stopServer));
    dropPostgresSchema(url, schema);
  }
}

/**
 * Benchmark 5: the REST service on loopback under autocannon (8 connections, 4 s a run, from this
 * process), every figure beside /health's in the same run: on SQLite at one province's size and at
 * the whole country's; with PCTM_BENCH_DATABASE_URL, one instance on PostgreSQL and two on the same
 * database. Every file and schema made is removed after.
 */
export async function benchService(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), "pctm-bench-service-"));
  try {
    await benchSqliteSizes(folder);
    const url = process.env.PCTM_BENCH_DATABASE_URL;
    if (url) await benchTwoInstances(folder, url);
    else
      console.log(
        "\n5c. PostgreSQL and two instances not measured: set PCTM_BENCH_DATABASE_URL=postgres://…",
      );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
