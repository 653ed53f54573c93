import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCampaignReportModel, createAppContext, LOCAL_OPERATOR } from "@pctm/app";
import { builtinCatalog } from "@pctm/catalog";
import { descendantsAtLevel, type Edition, type EditionPatchInput } from "@pctm/domain";
import { renderDocx } from "@pctm/report";
import { openStore } from "@pctm/store";
import { packagedEdition } from "@pctm/units-data";
import Database from "better-sqlite3";
import { PEAK_MEMORY_SCRIPT, peakMemoryMb } from "./peak-memory.js";
import { printTable } from "./print-table.js";
import { workloadElements } from "./programme-elements.js";
import { dataValuesOf, generateWorkload } from "./workload.js";

const PROVINCE = "46";
const CAMPAIGN = "r-000";

/** Thừa Thiên Huế with every commune copied `times - 1` more times under its district: a province `times` as large. */
function enlargedProvince(times: number): { patch: EditionPatchInput; edition: Edition } {
  const base = packagedEdition("vn-2023-04-08");
  const communes = descendantsAtLevel(base, PROVINCE, 3);
  const added = communes.flatMap((c) =>
    Array.from({ length: times - 1 }, (_, j) => ({
      ...c,
      code: `${c.code}-${j + 1}`,
      name: `${c.name} ${j + 1}`,
    })),
  );
  const inProvince = new Set([PROVINCE, ...descendantsAtLevel(base, PROVINCE, 2).map((d) => d.code)]);
  const edition: Edition = {
    ...base,
    units: [...base.units.filter((u) => inProvince.has(u.code)), ...communes, ...added],
  };
  return {
    patch: {
      id: `bench-x${times}`,
      name: `Thừa Thiên Huế ×${times}`,
      changes: added.map((unit) => ({ op: "add", unit })),
    },
    edition,
  };
}

/** The enlarged province's workload: 40 elements, five years, half-years for ten, 5% silent communes. */
function workloadOf(edition: Edition) {
  return generateWorkload({
    edition,
    dataElements: workloadElements(builtinCatalog(), 40),
    firstYear: 2016,
    years: 5,
    halfYearElements: 10,
    disaggregatedElements: 0,
    silentShare: 0.05,
    seed: 20261205,
  });
}

/** Untimed, in its own process: writes one size's values into a fresh SQLite file, as an import would have left them. */
export async function loadReportSize(times: number, file: string): Promise<void> {
  const { edition } = enlargedProvince(times);
  const opened = await openStore({ url: file });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  const values = dataValuesOf(workloadOf(edition));
  const written = await opened.value.dataValues.writeBatch(
    values.map((v) => ({
      dataElement: v.dataElement,
      period: v.period,
      orgUnit: v.orgUnit,
      categoryOptionCombo: "",
      value: String(v.value),
    })),
    { by: "bench", at: "2026-12-05T00:00:00.000Z" },
  );
  await opened.value.close();
  if (!written.ok) throw new Error("the batch did not land");
  console.log(JSON.stringify({ values: values.length }));
}

/**
 * One size, measured in this process as `pctm report --db` runs: open the SQLite file, build the
 * model from the stored figures, render the DOCX; prints one JSON line. Memory is the process's
 * peak, and its size once the modules are loaded and the store is open (before any figure is read).
 */
export async function runReportSize(times: number, file: string): Promise<void> {
  const { patch } = enlargedProvince(times);
  const opened = await openStore({ url: file, migrate: false });
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  const ctx = createAppContext({ store: opened.value });
  const readyRssMb = process.memoryUsage().rss / 2 ** 20;
  const start = performance.now();
  const cpu = process.cpuUsage();
  const built = await buildCampaignReportModel(
    ctx,
    LOCAL_OPERATOR,
    { campaignId: CAMPAIGN, unit: PROVINCE },
    // 1× is the real province: no patch to apply.
    times === 1 ? {} : { patches: [{ source: "bench", content: patch }] },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.errors.slice(0, 3)));
  const modelMs = performance.now() - start;
  const bytes = await renderDocx(built.value.model);
  const used = process.cpuUsage(cpu);
  const wallMs = performance.now() - start;
  const maxRssMb = peakMemoryMb();
  await opened.value.close();
  const readCpu = process.cpuUsage();
  const rows = new Database(file, { readonly: true })
    .prepare("SELECT data_element, period, org_unit, category_option_combo, value FROM data_value")
    .raw()
    .all().length;
  const read = process.cpuUsage(readCpu);
  console.log(
    JSON.stringify({
      times,
      wallMs,
      modelMs,
      readRows: rows,
      readCpuMs: (read.user + read.system) / 1000,
      cpuMs: (used.user + used.system) / 1000,
      readyRssMb,
      maxRssMb,
      docxKb: bytes.byteLength / 1024,
    }),
  );
}

/** What the measured process prints (runReportSize). */
interface ReportSizeRun {
  readonly wallMs: number;
  /** The floor of any report from the database: SQLite reading the rows' five columns, nothing else. */
  readonly readCpuMs: number;
  readonly modelMs: number;
  readonly cpuMs: number;
  readonly readyRssMb: number;
  readonly maxRssMb: number;
  readonly docxKb: number;
}

/** Runs this script with arguments in a fresh process; answers the JSON of its last line. */
function inFreshProcess<T>(args: readonly string[]): T {
  const script = fileURLToPath(new URL("./run-benchmarks.js", import.meta.url));
  const run = spawnSync(process.execPath, [script, ...args], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
}

/**
 * Benchmark 3: the consolidated DOCX of a province from a SQLite file, at 1×, 4× and 16× its
 * communes, each loaded untimed and then measured in a fresh process.
 */
export function benchReport(): void {
  const baseline = spawnSync(process.execPath, ["-e", PEAK_MEMORY_SCRIPT], {
    encoding: "utf8",
  });
  const folder = mkdtempSync(join(tmpdir(), "pctm-bench-report-"));
  try {
    const rows = [1, 4, 16].map((times) => {
      const file = join(folder, `x${times}.sqlite`);
      const { values } = inFreshProcess<{ values: number }>(["report-load", String(times), file]);
      return { ...inFreshProcess<ReportSizeRun>(["report-size", String(times), file]), times, values };
    });
    printTable(
      `3. the r-000 DOCX for Thừa Thiên Huế from SQLite at 1×, 4×, 16× its communes, each against SQLite reading its rows in the same process (peak memory of a process: node -e 0 = ${Number(baseline.stdout).toFixed(0)} MB)`,
      rows.flatMap((r) => [
        {
          name: `×${r.times} reference: SQLite reads the ${r.values.toLocaleString("en")} rows`,
          wallMs: Number.NaN,
          cpuMs: r.readCpuMs,
        },
        {
          name: `×${r.times}: the DOCX of ${141 * r.times} communes`,
          wallMs: r.wallMs,
          cpuMs: r.cpuMs,
          ratio: r.cpuMs / r.readCpuMs,
          note: `model ${r.modelMs.toFixed(0)} ms; memory ${r.readyRssMb.toFixed(0)} MB ready, peak ${r.maxRssMb.toFixed(0)} MB; DOCX ${r.docxKb.toFixed(0)} KB`,
        },
      ]),
    );
    const [first, , last] = rows;
    if (first && last)
      console.log(
        `   peak memory ×16 vs ×1: ${(last.maxRssMb - first.maxRssMb).toFixed(0)} MB more for ${(last.values - first.values).toLocaleString("en")} more values (${(((last.maxRssMb - first.maxRssMb) * 2 ** 20) / (last.values - first.values)).toFixed(0)} bytes a value)`,
      );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
