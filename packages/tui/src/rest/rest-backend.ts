import { createAppContext, createMemoryStore } from "@pctm/app";
import type { TuiBackend } from "../backend.js";
import type { LocalDeps } from "../local/local-deps.js";
import { createServiceBackend } from "../service/service-backend.js";
import { createRestCalls, type FetchLike } from "./rest-calls.js";

export interface RestBackendOptions {
  /** The service's address ("http://127.0.0.1:3000"). */
  readonly baseUrl: string;
  readonly token: string;
  /** Where rendered reports are written. */
  readonly reportDir: string;
  /** Default: the global fetch. */
  readonly fetch?: FetchLike;
}

/**
 * The back end over a running REST service: the same screens and views as on the database, every
 * stored thing read and written through the service's routes (its generated client) with the user's
 * token. What is catalogue data — campaigns, the unit tree, which figures a form asks for — is read
 * from the packaged catalogue and unit lists, as the service reads them.
 */
export function createRestBackend(options: RestBackendOptions): TuiBackend {
  // The packaged catalogue and unit lists on an empty store: no stored data is read through it.
  const catalog: LocalDeps = {
    ctx: createAppContext({ store: createMemoryStore() }),
    actor: { userId: "catalogue", role: "viewer", scopeUnit: null },
    reportDir: options.reportDir,
  };
  return createServiceBackend({
    where: options.baseUrl,
    calls: createRestCalls(options.baseUrl, options.token, options.fetch),
    catalog,
    reportDir: options.reportDir,
  });
}
