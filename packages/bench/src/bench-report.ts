import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildCampaignReportModel, createAppContext, createMemoryStore, LOCAL_OPERATOR } from "@pctm/app";
import { builtinCatalog } from "@pctm/catalog";
import { descendantsAtLevel, type Edition, type EditionPatchInput } from "@pctm/domain";
import { renderDocx } from "@pctm/report";
import { packagedEdition } from "@pctm/units-data";
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

/** One size, in this process: load, build the model, render the DOCX; prints one JSON line. */
export async function runReportSize(times: number): Promise<void> {
  const { patch, edition } = enlargedProvince(times);
  const workload = generateWorkload({
    edition,
    dataElements: workloadElements(builtinCatalog(), 40),
    firstYear: 2016,
    years: 5,
    halfYearElements: 10,
    disaggregatedElements: 0,
    silentShare: 0.05,
    seed: 20261205,
  });
  const store = createMemoryStore();
  const ctx = createAppContext({ store });
  const values = dataValuesOf(workload);
  const written = await store.dataValues.writeBatch(
    values.map((v) => ({
      dataElement: v.dataElement,
      period: v.period,
      orgUnit: v.orgUnit,
      categoryOptionCombo: "",
      value: String(v.value),
    })),
    { by: "bench", at: "2026-12-05T00:00:00.000Z" },
  );
  if (!written.ok) throw new Error("the batch did not land");
  const start = performance.now();
  const cpu = process.cpuUsage();
  const built = await buildCampaignReportModel(
    ctx,
    LOCAL_OPERATOR,
    { campaignId: CAMPAIGN, unit: PROVINCE },
    { patches: [{ source: "bench", content: patch }] },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.errors.slice(0, 3)));
  const bytes = await renderDocx(built.value.model);
  const used = process.cpuUsage(cpu);
  console.log(
    JSON.stringify({
      times,
      communes: workload.communes.length,
      values: values.length,
      wallMs: performance.now() - start,
      cpuMs: (used.user + used.system) / 1000,
      maxRssMb: process.resourceUsage().maxRSS / 1024,
      docxKb: bytes.byteLength / 1024,
    }),
  );
}

/** Benchmark 3: the consolidated DOCX of a province, at 1×, 4× and 16× its communes, each in a fresh process. */
export function benchReport(): void {
  const script = fileURLToPath(new URL("./run-benchmarks.js", import.meta.url));
  const node = spawnSync(process.execPath, ["-e", "0"]);
  if (node.status !== 0) throw new Error("node did not start");
  const baseline = spawnSync(process.execPath, ["-e", "console.log(process.resourceUsage().maxRSS / 1024)"], {
    encoding: "utf8",
  });
  const rows = [1, 4, 16].map((times) => {
    const run = spawnSync(process.execPath, [script, "report-size", String(times)], { encoding: "utf8" });
    if (run.status !== 0) throw new Error(run.stderr);
    return JSON.parse(run.stdout.trim().split("\n").at(-1) ?? "{}");
  });
  const first = rows[0];
  printTable(
    `3. the r-000 DOCX for Thừa Thiên Huế at 1×, 4×, 16× its communes (peak memory of a process: node -e 0 = ${Number(baseline.stdout).toFixed(0)} MB)`,
    rows.map((r, i) => ({
      name: `×${r.times}: ${r.communes} communes, ${r.values.toLocaleString("en")} values`,
      wallMs: r.wallMs,
      cpuMs: r.cpuMs,
      ...(i === 0 ? {} : { ratio: r.cpuMs / first.cpuMs }),
      note: `peak ${r.maxRssMb.toFixed(0)} MB, DOCX ${r.docxKb.toFixed(0)} KB`,
    })),
  );
}
