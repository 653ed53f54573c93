import { benchEvaluation } from "./bench-evaluation.js";

// npm run bench: every benchmark prints its figures with a reference measured in the same run.
console.log(`PCTM benchmarks — Node ${process.version}, ${process.platform} ${process.arch}`);
benchEvaluation({ sampleProvinces: Number(process.env.PCTM_BENCH_PROVINCES ?? 4) });
