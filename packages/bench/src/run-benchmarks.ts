import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { benchColdStart } from "./bench-cold-start.js";
import { benchEvaluation } from "./bench-evaluation.js";
import { benchRemap } from "./bench-remap.js";
import { benchReport, loadReportSize, runReportSize } from "./bench-report.js";
import { benchScaling } from "./bench-scaling.js";
import { benchService } from "./bench-service.js";
import { benchStore } from "./bench-store.js";
import { renderScalingChart } from "./scaling-chart.js";

// npm run bench: every benchmark prints its figures with a reference measured in the same run.
//   node dist/run-benchmarks.js [evaluation scaling remap report store service cold-start]  (default: all)
// PCTM_BENCH_WRITE=<folder> also writes the scaling series (scaling.json) and its chart (scaling.svg).
const BENCHMARKS: Record<string, () => unknown> = {
  evaluation: () => benchEvaluation({ sampleProvinces: Number(process.env.PCTM_BENCH_PROVINCES ?? 4) }),
  scaling: () => {
    const points = benchScaling();
    const asked = process.env.PCTM_BENCH_WRITE;
    if (!asked) return;
    // A relative folder is the repository's ("docs/performance"), wherever npm runs this script from.
    const folder = resolve(fileURLToPath(new URL("../../../", import.meta.url)), asked);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "scaling.json"), `${JSON.stringify(points, null, 2)}\n`);
    writeFileSync(join(folder, "scaling.svg"), renderScalingChart(points));
    console.log(`\nwrote ${join(folder, "scaling.json")} and scaling.svg`);
  },
  remap: benchRemap,
  report: benchReport,
  store: benchStore,
  service: benchService,
  "cold-start": benchColdStart,
};

if (process.argv[2] === "report-load") {
  await loadReportSize(Number(process.argv[3]), String(process.argv[4]));
} else if (process.argv[2] === "report-size") {
  await runReportSize(Number(process.argv[3]), String(process.argv[4]));
} else {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in BENCHMARKS));
  if (unknown.length > 0) {
    console.error(
      `Lỗi [BENCH_UNKNOWN]: không có phép đo ${unknown.join(", ")}; có: ${Object.keys(BENCHMARKS).join(", ")}`,
    );
    process.exit(2);
  }
  console.log(`PCTM benchmarks — Node ${process.version}, ${process.platform} ${process.arch}`);
  for (const name of asked.length > 0 ? asked : Object.keys(BENCHMARKS)) await BENCHMARKS[name]?.();
}
