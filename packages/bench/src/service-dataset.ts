import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { builtinCatalog } from "@pctm/catalog";
import { descendantsAtLevel } from "@pctm/domain";
import { openStore } from "@pctm/store";
import { packagedEdition } from "@pctm/units-data";
import Database from "better-sqlite3";
import { forEachImportableRow } from "./bench-store-values.js";
import { workloadElements } from "./programme-elements.js";
import { bottomLevel, generateWorkload, type Workload } from "./workload.js";

/** Thừa Thiên Huế: the province the service benchmark reads and evaluates. */
export const SERVICE_PROVINCE = "46";
export const SERVICE_YEAR = "2019";

/** A size of the service's database: which communes report, for 2018 and 2019 (a year and the one before). */
export interface ServiceSize {
  readonly label: string;
  /** Only this province's communes; undefined: every commune of the country. */
  readonly province?: string;
}

/** The workload of a size: the national dataset's rows for 2018–2019, kept to the size's communes. */
export function serviceWorkload(size: ServiceSize): Workload {
  const edition = packagedEdition("vn-2023-04-08");
  const all = generateWorkload({
    edition,
    dataElements: workloadElements(builtinCatalog(), 40),
    firstYear: 2018,
    years: 2,
    halfYearElements: 10,
    disaggregatedElements: 2,
    silentShare: 0.05,
    seed: 20261205,
  });
  if (size.province === undefined) return all;
  const inProvince = new Set(
    descendantsAtLevel(edition, size.province, bottomLevel(edition)).map((u) => u.code),
  );
  const keep: number[] = [];
  for (let i = 0; i < all.size; i++) if (inProvince.has(all.communes[all.unit[i] ?? 0] ?? "")) keep.push(i);
  const pick = <T extends Int32Array | Uint8Array | Float64Array>(column: T, make: (n: number) => T): T => {
    const out = make(keep.length);
    keep.forEach((row, j) => {
      out[j] = column[row] as number;
    });
    return out;
  };
  return {
    ...all,
    size: keep.length,
    unit: pick(all.unit, (n) => new Int32Array(n)),
    element: pick(all.element, (n) => new Uint8Array(n)),
    period: pick(all.period, (n) => new Uint8Array(n)),
    combo: pick(all.combo, (n) => new Uint8Array(n)),
    value: pick(all.value, (n) => new Float64Array(n)),
  };
}

const STORED_BY = "bench";
const STORED_AT = "2026-12-05T00:00:00.000Z";

/**
 * Fills a new SQLite store with the workload's rows: the store's migrations first, then the rows
 * straight into its value table in one transaction (the engine's bulk load, as benchmark 4's
 * reference: a national dataset through the checked import path would take minutes), and the data
 * version set to the count. No audit history is written. Returns the number of values.
 */
export async function loadSqliteStore(file: string, workload: Workload): Promise<number> {
  const opened = await openStore({ url: file });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  await opened.value.close();
  const db = new Database(file);
  let count = 0;
  try {
    const insert = db.prepare(
      "INSERT INTO data_value (data_element, period, org_unit, category_option_combo, value, comment, stored_by, updated_at, version) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 1)",
    );
    db.transaction(() => {
      forEachImportableRow(workload, builtinCatalog(), (i, element, period, unit, combo) => {
        insert.run(element, period, unit, combo, String(workload.value[i]), STORED_BY, STORED_AT);
        count++;
      });
      db.prepare("UPDATE store_counter SET value = ? WHERE name = 'data_version'").run(count);
    })();
  } finally {
    db.close();
  }
  return count;
}

function psql(url: string, command: string): void {
  const done = spawnSync("psql", [url, "-q", "-v", "ON_ERROR_STOP=1", "-c", command], { stdio: "pipe" });
  if (done.status !== 0) throw new Error(`psql: ${done.stderr?.toString() ?? done.error}`);
}

/** The address of `schema` on the server `url`: the store's tables found through the search path. */
export function urlOfSchema(url: string, schema: string): string {
  const options = encodeURIComponent(`-c search_path=${schema}`);
  return `${url}${url.includes("?") ? "&" : "?"}options=${options}`;
}

/** The same on PostgreSQL, in a schema of its own: the store's migrations, then COPY of the rows. */
export async function loadPostgresStore(
  url: string,
  schema: string,
  csvFile: string,
  workload: Workload,
): Promise<number> {
  const opened = await openStore({ url, schema });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  await opened.value.close();
  const lines: string[] = [];
  forEachImportableRow(workload, builtinCatalog(), (i, element, period, unit, combo) => {
    lines.push(`${element},${period},${unit},"${combo}",${workload.value[i]},${STORED_BY},${STORED_AT},1`);
  });
  writeFileSync(csvFile, lines.join("\n"));
  psql(
    url,
    `\\copy ${schema}.data_value (data_element, period, org_unit, category_option_combo, value, stored_by, updated_at, version) FROM '${csvFile}' CSV`,
  );
  psql(
    url,
    `UPDATE ${schema}.store_counter SET value = ${lines.length} WHERE name = 'data_version'; ANALYZE ${schema}.data_value;`,
  );
  return lines.length;
}

/** Removes what loadPostgresStore made. */
export function dropPostgresSchema(url: string, schema: string): void {
  psql(url, `DROP SCHEMA IF EXISTS ${schema} CASCADE`);
}
