import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppContext, importDataValues, LOCAL_OPERATOR } from "@pctm/app";
import { builtinCatalog } from "@pctm/catalog";
import type { DataValue } from "@pctm/domain";
import { openStore } from "@pctm/store";
import { packagedEdition } from "@pctm/units-data";
import Database from "better-sqlite3";
import { importableValuesOf } from "./bench-store-values.js";
import { type BenchRow, printTable } from "./print-table.js";
import { workloadElements } from "./programme-elements.js";
import { cpuMsOfProcess, postgresCpuMs } from "./service-process-cpu.js";
import { generateWorkload } from "./workload.js";

/** The 34-province list's national dataset from 2026, the first year wholly under that list (PCTM_BENCH_STORE_YEARS years, default 1). */
function nationalValues(years: number): DataValue[] {
  const catalog = builtinCatalog();
  const workload = generateWorkload({
    edition: packagedEdition("vn-2025-07-01"),
    dataElements: workloadElements(catalog, 40),
    firstYear: 2026,
    years,
    halfYearElements: 10,
    disaggregatedElements: 2,
    silentShare: 0.05,
    seed: 20261205,
  });
  return importableValuesOf(workload, catalog);
}

// The store's value table: its columns, primary key and indexes (packages/store's first migration),
// without its bookkeeping columns. The keyed reference loads the same rows into this shape.
const COLUMNS =
  "data_element TEXT NOT NULL, period TEXT NOT NULL, org_unit TEXT NOT NULL, combo TEXT NOT NULL, value TEXT NOT NULL";
const tableSql = (table: string, keyed: boolean) =>
  keyed
    ? `CREATE TABLE ${table} (${COLUMNS}, PRIMARY KEY (data_element, period, org_unit, combo));
       CREATE INDEX ${table}_unit_period ON ${table} (org_unit, period);
       CREATE INDEX ${table}_period ON ${table} (period, data_element);`
    : `CREATE TABLE ${table} (${COLUMNS});`;

interface Cost {
  readonly wallMs: number;
  /** This process and the children it waited for (psql). */
  readonly clientCpuMs: number;
  /** The PostgreSQL server's processes (0 on SQLite). */
  readonly serverCpuMs: number;
}

/** One timed run, no warm-up: a bulk load is long enough that the first milliseconds do not count. */
async function timeOnce(work: () => Promise<unknown> | unknown): Promise<Cost> {
  const client = cpuMsOfProcess(process.pid, true);
  const server = postgresCpuMs();
  const start = performance.now();
  await work();
  const wallMs = performance.now() - start;
  return {
    wallMs,
    clientCpuMs: cpuMsOfProcess(process.pid, true) - client,
    serverCpuMs: postgresCpuMs() - server,
  };
}

/**
 * How far down the import path a run goes: the whole import, the import's reading and checking alone
 * (a dry run: rows checked, stored values read, the batch planned, validation rules run, nothing
 * written), or the store's writeBatch alone on the same rows (what the import ends with).
 */
type ImportPart = "import" | "checks" | "write";

/** The toolkit's import path (checked rows, one all-or-nothing batch, audit) into a fresh store. */
async function importThroughToolkit(
  url: string,
  values: readonly DataValue[],
  part: ImportPart,
  schema?: string,
): Promise<void> {
  const opened = await openStore({ url, ...(schema ? { schema } : {}) });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  try {
    if (part === "write") {
      const writes = values.map((v) => ({
        dataElement: v.dataElement,
        period: v.period,
        orgUnit: v.orgUnit,
        categoryOptionCombo: v.categoryOptionCombo ?? "",
        value: String(v.value),
      }));
      const written = await opened.value.dataValues.writeBatch(writes, {
        by: "bench",
        at: new Date().toISOString(),
      });
      if (!written.ok) throw new Error("the batch did not land");
      return;
    }
    const ctx = createAppContext({ store: opened.value });
    const done = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      rows: [...values],
      dryRun: part === "checks",
    });
    if (!done.ok) throw new Error(JSON.stringify(done.errors.slice(0, 3)));
    if (done.value.created !== values.length)
      throw new Error(`${done.value.created} of ${values.length} values created`);
  } finally {
    await opened.value.close();
  }
}

/** SQLite's own bulk load: one prepared INSERT in one transaction. */
function sqliteBulkLoad(file: string, values: readonly DataValue[], keyed: boolean): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec(tableSql("v", keyed));
  const insert = db.prepare("INSERT INTO v VALUES (?, ?, ?, ?, ?)");
  db.transaction(() => {
    for (const v of values)
      insert.run(v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? "", String(v.value));
  })();
  db.close();
}

const STORED_AT = "2026-12-05T00:00:00.000Z";

/** A new store's tables, made by its migrations (then closed). */
async function migratedStore(url: string, schema?: string): Promise<void> {
  const opened = await openStore({ url, ...(schema ? { schema } : {}) });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  await opened.value.close();
}

/**
 * What the store's own tables cost the engine: each value's row and its audit row (as a batch writes
 * them) by one prepared INSERT each, in one transaction, into a migrated store. The floor of any import.
 */
async function sqliteStoreTables(file: string, values: readonly DataValue[]): Promise<void> {
  await migratedStore(file);
  const db = new Database(file);
  const value = db.prepare(
    "INSERT INTO data_value (data_element, period, org_unit, category_option_combo, value, comment, stored_by, updated_at, version) VALUES (?, ?, ?, ?, ?, NULL, 'bench', ?, 1)",
  );
  const audit = db.prepare(
    "INSERT INTO data_value_audit (data_element, period, org_unit, category_option_combo, old_value, new_value, changed_by, changed_at, reason, version) VALUES (?, ?, ?, ?, NULL, ?, 'bench', ?, NULL, 1)",
  );
  db.transaction(() => {
    for (const v of values) {
      const row = [
        v.dataElement,
        v.period,
        v.orgUnit,
        v.categoryOptionCombo ?? "",
        String(v.value),
        STORED_AT,
      ];
      value.run(row);
      audit.run(row);
    }
  })();
  db.close();
}

function psql(url: string, command: string): void {
  const done = spawnSync("psql", [url, "-q", "-v", "ON_ERROR_STOP=1", "-c", command], { stdio: "pipe" });
  if (done.status !== 0) throw new Error(`psql: ${done.stderr?.toString() ?? done.error}`);
}

/** The rows as CSV for COPY; the combo is quoted so that an empty one reads as '' and not NULL. */
function csvOf(values: readonly DataValue[], bookkeeping = ""): string {
  return values
    .map(
      (v) =>
        `${v.dataElement},${v.period},${v.orgUnit},"${v.categoryOptionCombo ?? ""}",${v.value}${bookkeeping}`,
    )
    .join("\n");
}

const perSecond = (count: number, ms: number) =>
  `${Math.round((count / ms) * 1000).toLocaleString("en")} values/s`;

async function benchSqlite(folder: string, values: readonly DataValue[]): Promise<void> {
  let run = 0;
  const next = () => join(folder, `run-${run++}.sqlite`);
  const bare = await timeOnce(() => sqliteBulkLoad(next(), values, false));
  const keyed = await timeOnce(() => sqliteBulkLoad(next(), values, true));
  const tables = await timeOnce(() => sqliteStoreTables(next(), values));
  const toolkit = await timeOnce(() => importThroughToolkit(next(), values, "import"));
  const checks = await timeOnce(() => importThroughToolkit(next(), values, "checks"));
  const write = await timeOnce(() => importThroughToolkit(next(), values, "write"));
  const row = (name: string, cost: Cost, reference?: Cost): BenchRow => ({
    name,
    wallMs: cost.wallMs,
    cpuMs: cost.clientCpuMs,
    ...(reference ? { ratio: cost.clientCpuMs / reference.clientCpuMs } : {}),
    note: `${perSecond(values.length, cost.wallMs)}${cost === bare ? "" : ` (${(cost.clientCpuMs / bare.clientCpuMs).toFixed(1)}× the bare table)`}`,
  });
  printTable(
    `4a. store import, ${values.length.toLocaleString("en")} values (34-province list): SQLite, in this process (ratio of CPU to the keyed table)`,
    [
      row("INSERT in one transaction, bare table", bare, keyed),
      row("reference: INSERT in one transaction, the store's key and indexes", keyed),
      row("INSERT into the store's own tables, value and audit rows", tables, keyed),
      row("importDataValues into the SQLite store", toolkit, keyed),
      row("  its reading and checking alone (dry run)", checks, keyed),
      row("  the store's writeBatch alone, same rows", write, keyed),
    ],
  );
}

async function benchPostgres(folder: string, url: string, values: readonly DataValue[]): Promise<void> {
  const csv = join(folder, "values.csv");
  writeFileSync(csv, csvOf(values));
  const schema = `pctm_bench_store_${process.pid}`;
  try {
    const copy = (table: string, keyed: boolean) =>
      timeOnce(() => {
        psql(url, `DROP TABLE IF EXISTS ${table}; ${tableSql(table, keyed)}`);
        psql(url, `\\copy ${table} FROM '${csv}' CSV`);
      });
    const bare = await copy("pctm_bench_copy_bare", false);
    const keyed = await copy("pctm_bench_copy_keyed", true);
    // The store's value rows and its audit rows (created: no old value) read the same eight fields.
    const storeCsv = join(folder, "store-values.csv");
    writeFileSync(storeCsv, csvOf(values, `,bench,${STORED_AT},1`));
    const tables = await timeOnce(async () => {
      await migratedStore(url, `${schema}_copy`);
      psql(
        url,
        `\\copy ${schema}_copy.data_value (data_element, period, org_unit, category_option_combo, value, stored_by, updated_at, version) FROM '${storeCsv}' CSV`,
      );
      psql(
        url,
        `\\copy ${schema}_copy.data_value_audit (data_element, period, org_unit, category_option_combo, new_value, changed_by, changed_at, version) FROM '${storeCsv}' CSV`,
      );
    });
    const toolkit = await timeOnce(() => importThroughToolkit(url, values, "import", schema));
    const total = (c: Cost) => c.clientCpuMs + c.serverCpuMs;
    const row = (name: string, cost: Cost, reference?: Cost): BenchRow => ({
      name,
      wallMs: cost.wallMs,
      cpuMs: total(cost),
      ...(reference ? { ratio: total(cost) / total(reference) } : {}),
      note: `${perSecond(values.length, cost.wallMs)}; CPU ${Math.round(cost.clientCpuMs)} ms client + ${Math.round(cost.serverCpuMs)} ms server${reference ? `; wall ${(cost.wallMs / reference.wallMs).toFixed(1)}×` : ""}`,
    });
    printTable(
      "4b. the same on PostgreSQL (CPU = this process and psql + the server's processes; ratio of CPU to the keyed COPY)",
      [
        row("COPY FROM (psql \\copy), bare table", bare, keyed),
        row("reference: COPY FROM, the store's key and indexes", keyed),
        row("COPY into the store's own tables, value and audit rows", tables, keyed),
        row("importDataValues into the PostgreSQL store", toolkit, keyed),
      ],
    );
  } finally {
    psql(
      url,
      `DROP TABLE IF EXISTS pctm_bench_copy_bare, pctm_bench_copy_keyed; DROP SCHEMA IF EXISTS ${schema} CASCADE; DROP SCHEMA IF EXISTS ${schema}_copy CASCADE;`,
    );
  }
}

/**
 * Benchmark 4: bulk import through the toolkit's import path against each engine's own bulk load of
 * the same rows, into a bare table and into one with the store's key and indexes. PostgreSQL is
 * measured when PCTM_BENCH_DATABASE_URL is set. Every file, table and schema made is removed after.
 */
export async function benchStore(): Promise<void> {
  const values = nationalValues(Number(process.env.PCTM_BENCH_STORE_YEARS ?? 1));
  const folder = mkdtempSync(join(tmpdir(), "pctm-bench-store-"));
  try {
    await benchSqlite(folder, values);
    const url = process.env.PCTM_BENCH_DATABASE_URL;
    if (url) await benchPostgres(folder, url, values);
    else console.log("4b. PostgreSQL not measured: set PCTM_BENCH_DATABASE_URL=postgres://…");
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
