import type { TuiBackend } from "../backend.js";
import { createServiceBackend } from "../service/service-backend.js";
import { createLocalCalls } from "./local-calls.js";
import type { LocalDeps } from "./local-deps.js";

/** The back end over the application layer on a store this process opened (the embedded database). */
export function createLocalBackend(deps: LocalDeps, where = "CSDL cục bộ"): TuiBackend {
  return createServiceBackend({
    where,
    calls: createLocalCalls(deps),
    catalog: deps,
    reportDir: deps.reportDir,
  });
}
