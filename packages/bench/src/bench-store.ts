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
import { measureAsync } from "./measure.js";
import { type BenchRow, printTable } from "./print-table.js";
import { workloadElements } from "./programme-elements.js";
import { dataValuesOf, generateWorkload } from "./workload.js";

/** One year of the 34-province list's national dataset, in the exchange format. */
function yearOfValues(): DataValue[] {
  const workload = generateWorkload({
    edition: packagedEdition("vn-2025-07-01"),
    dataElements: workloadElements(builtinCatalog(), 40),
    firstYear: 2025,
    years: 1,
    halfYearElements: 10,
    disaggregatedElements: 2,
    silentShare: 0.05,
    seed: 20261205,
  });
  return dataValuesOf(workload);
}

/** The toolkit's import path (checked rows, one all-or-nothing batch, audit) into a fresh store. */
async function importThroughToolkit(
  url: string,
  values: readonly DataValue[],
  schema?: string,
): Promise<void> {
  const opened = await openStore({ url, ...(schema ? { schema } : {}) });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  const ctx = createAppContext({ store: opened.value });
  const done = await importDataValues(ctx, LOCAL_OPERATOR, { format: "json", rows: [...values] });
  await opened.value.close();
  if (!done.ok) throw new Error(JSON.stringify(done.errors.slice(0, 3)));
}

/** SQLite's own bulk load: one prepared INSERT in one transaction, into a table of the same columns. */
function sqliteBulkLoad(file: string, values: readonly DataValue[]): void {
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.exec("CREATE TABLE v (data_element TEXT, period TEXT, org_unit TEXT, combo TEXT, value TEXT)");
  const insert = db.prepare("INSERT INTO v VALUES (?, ?, ?, ?, ?)");
  db.transaction(() => {
    for (const v of values)
      insert.run(v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? "", String(v.value));
  })();
  db.close();
}

/** PostgreSQL's own bulk load: COPY of the same rows as CSV, through psql. */
function postgresCopy(url: string, csvFile: string, table: string): void {
  const sql = `DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (data_element TEXT, period TEXT, org_unit TEXT, combo TEXT, value TEXT);`;
  const made = spawnSync("psql", [url, "-q", "-c", sql], { stdio: "pipe" });
  if (made.status !== 0) throw new Error(made.stderr.toString());
  const copied = spawnSync("psql", [url, "-q", "-c", `\\copy ${table} FROM '${csvFile}' CSV`], {
    stdio: "pipe",
  });
  if (copied.status !== 0) throw new Error(copied.stderr.toString());
}

/**
 * Benchmark 4: bulk import into each store through the toolkit's import path, against each engine's
 * own bulk load of the same rows. PostgreSQL is measured when PCTM_BENCH_DATABASE_URL is set.
 */
export async function benchStore(): Promise<void> {
  const values = yearOfValues();
  const folder = mkdtempSync(join(tmpdir(), "pctm-bench-store-"));
  try {
    let run = 0;
    const next = () => join(folder, `run-${run++}.sqlite`);
    const sqliteRaw = await measureAsync(async () => sqliteBulkLoad(next(), values), 1);
    const sqliteToolkit = await measureAsync(() => importThroughToolkit(next(), values), 1);
    const perSecond = (ms: number) =>
      `${Math.round((values.length / ms) * 1000).toLocaleString("en")} values/s`;
    const rows: BenchRow[] = [
      {
        name: "reference: SQLite INSERT in one transaction",
        ...sqliteRaw,
        note: perSecond(sqliteRaw.wallMs),
      },
      {
        name: "importDataValues into the SQLite store",
        ...sqliteToolkit,
        ratio: sqliteToolkit.cpuMs / sqliteRaw.cpuMs,
        note: perSecond(sqliteToolkit.wallMs),
      },
    ];
    printTable(
      `4a. store import, ${values.length.toLocaleString("en")} values (one year, 34-province list): SQLite`,
      rows,
    );
    const url = process.env.PCTM_BENCH_DATABASE_URL;
    if (!url) {
      console.log("4b. PostgreSQL not measured: set PCTM_BENCH_DATABASE_URL=postgres://…");
      return;
    }
    const csv = join(folder, "values.csv");
    writeFileSync(
      csv,
      values
        .map((v) =>
          [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo ?? "", String(v.value)].join(","),
        )
        .join("\n"),
    );
    const copy = await measureAsync(async () => postgresCopy(url, csv, "pctm_bench_copy"), 1);
    let schemaRun = 0;
    const pgToolkit = await measureAsync(
      () => importThroughToolkit(url, values, `pctm_bench_${Date.now()}_${schemaRun++}`),
      1,
    );
    // COPY runs in the server and psql: compare wall time, the only clock both sides share.
    printTable(`4b. the same on PostgreSQL (ratios of wall time: COPY's work is in the server)`, [
      { name: "reference: COPY FROM (psql \\copy)", ...copy, note: perSecond(copy.wallMs) },
      {
        name: "importDataValues into the PostgreSQL store",
        ...pgToolkit,
        ratio: pgToolkit.wallMs / copy.wallMs,
        note: perSecond(pgToolkit.wallMs),
      },
    ]);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
