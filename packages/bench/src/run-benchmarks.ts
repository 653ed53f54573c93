import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { benchColdStart } from "./bench-cold-start.js";
import { benchEvaluation } from "./bench-evaluation.js";
import { benchRemap } from "./bench-remap.js";
import { benchReport, runReportSize } from "./bench-report.js";
import { benchScaling } from "./bench-scaling.js";
import { benchStore } from "./bench-store.js";
import { renderScalingChart } from "./scaling-chart.js";

// npm run bench: every benchmark prints its figures with a reference measured in the same run.
// PCTM_BENCH_WRITE=<folder> also writes the scaling series (scaling.json) and its chart (scaling.svg).
if (process.argv[2] === "report-size") {
  await runReportSize(Number(process.argv[3]));
  process.exit(0);
}
console.log(`PCTM benchmarks — Node ${process.version}, ${process.platform} ${process.arch}`);
benchEvaluation({ sampleProvinces: Number(process.env.PCTM_BENCH_PROVINCES ?? 4) });
const scaling = benchScaling();
benchRemap();
benchReport();
await benchStore();
benchColdStart();
const folder = process.env.PCTM_BENCH_WRITE;
if (folder) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, "scaling.json"), `${JSON.stringify(scaling, null, 2)}\n`);
  writeFileSync(join(folder, "scaling.svg"), renderScalingChart(scaling));
  console.log(`\nwrote ${join(folder, "scaling.json")} and scaling.svg`);
}
