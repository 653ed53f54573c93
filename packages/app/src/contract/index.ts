// @pctm/app/contract — the port contract suite. Imports vitest, so it is a separate entry point that
// only test files load.
export { runStoreContract } from "./run-store-contract.js";
export type { MakeStore } from "./use-store.js";
