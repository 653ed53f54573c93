// @pctm/app — the application layer: the use cases every adapter (CLI, REST, terminal UI) calls, and
// the storage ports they need.
export * from "./ports/index.js";
