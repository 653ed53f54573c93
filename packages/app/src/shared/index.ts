export { checkDay } from "./check-day.js";
export type { Page } from "./page.js";
export { pageInputSchema, pageOf } from "./page.js";
export { raise } from "./raise.js";
