// @pctm/tui — the operator's terminal UI (Ink) over a back end: the embedded store or a REST service.
export type * from "./backend.js";
export { UNIT_STATUSES } from "./backend.js";
export { checkField } from "./form/validate-field.js";
export { TUI_ISSUE_CODES } from "./issue-codes.js";
export { createLocalBackend } from "./local/local-backend.js";
export type { LocalDeps } from "./local/local-deps.js";
export { createRestBackend, type RestBackendOptions } from "./rest/rest-backend.js";
export { colorWanted, type RunTuiOptions, runTui } from "./run-tui.js";
export { App } from "./ui/app.js";
export { GLOBAL_KEYS, SCREEN_KEYS } from "./ui/keys.js";
