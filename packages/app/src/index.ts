// @pctm/app — the application layer: the use cases every adapter (CLI, REST, terminal UI) calls, and
// the storage ports they need.

export * from "./access/index.js";
export { ADAPTER_ISSUE_CODES } from "./adapter-issue-codes.js";
export * from "./campaigns/index.js";
export * from "./catalog/index.js";
export type { AppContext, AppContextOptions } from "./context.js";
export { createAppContext, fixedClock, systemClock } from "./context.js";
export * from "./data-values/index.js";
export * from "./demo-access/index.js";
export * from "./demo-data/index.js";
export * from "./evaluation/index.js";
export * from "./evaluation-view/index.js";
export { ISSUE_REGISTRY, kindOfIssue } from "./issue-registry.js";
export * from "./memory/index.js";
export * from "./narratives/index.js";
export * from "./ports/index.js";
export * from "./reports/index.js";
export * from "./session/index.js";
export * from "./shared/index.js";
export * from "./units/index.js";
export * from "./value-edits/index.js";
