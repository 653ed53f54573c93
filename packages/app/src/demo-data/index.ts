export type { DemoDataset } from "./generate-demo-values.js";
export { DEMO_COMMENT, DEMO_SEED, generateDemoValues } from "./generate-demo-values.js";
export type { SeedDemoDataInput, SeedDemoDataOutput } from "./seed-demo-data.js";
export { DEMO_NOTICE, seedDemoData, seedDemoDataInputSchema } from "./seed-demo-data.js";
