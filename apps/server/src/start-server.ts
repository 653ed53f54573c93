import { serve } from "@hono/node-server";
import {
  type AppContext,
  type Clock,
  createAppContext,
  issueDemoAdminToken,
  LOCAL_OPERATOR,
  seedDemoData,
} from "@pctm/app";
import { err, type Issue, ok, type Result } from "@pctm/domain";
import { createRestApp, type RequestLogEntry } from "@pctm/rest";
import { openStore, type SqlStore } from "@pctm/store";
import type { ServerConfig } from "./server-config.js";
import { swaggerUiAssets } from "./swagger-assets.js";

export interface RunningServer {
  /** http://host:port — the port the server actually bound (PORT=0 picks a free one). */
  readonly url: string;
  readonly docsUrl: string;
  /** The demo admin's fresh token (demo mode only): printed once, stored hashed. */
  readonly demoToken: string | undefined;
  /** What start-up found worth saying (a demo admin narrower than the whole country). */
  readonly warnings: readonly Issue[];
  readonly store: SqlStore;
  readonly ctx: AppContext;
  close(): Promise<void>;
}

export interface StartOptions {
  /** Where a relative SQLite path is resolved (default: the working directory). */
  readonly cwd?: string;
  readonly clock?: Clock;
  readonly log?: (entry: RequestLogEntry) => void;
  readonly onUnexpectedError?: (error: unknown) => void;
  /** Told when the demonstration data is being seeded ("start") and what was seeded. */
  readonly onSeed?: (message: string) => void;
}

/**
 * Opens the database (migrating it), prepares the demonstration when asked, and serves the REST app.
 * Everything lives in the database: two servers on one PostgreSQL behave as one.
 */
export async function startServer(
  config: ServerConfig,
  options: StartOptions = {},
): Promise<Result<RunningServer>> {
  const opened = await openStore({ url: config.databaseUrl, ...(options.cwd ? { cwd: options.cwd } : {}) });
  if (!opened.ok) return opened;
  const store = opened.value;
  const ctx = createAppContext({ store, ...(options.clock ? { clock: options.clock } : {}) });
  let demoToken: string | undefined;
  const warnings: Issue[] = [];
  if (config.demo) {
    // First run: an empty database gets the invented demonstration dataset, through the import path.
    if ((await store.dataValues.dataVersion()) === 0) {
      options.onSeed?.("start");
      const seeded = await seedDemoData(ctx, LOCAL_OPERATOR, {});
      if (!seeded.ok) {
        await store.close();
        return err(seeded.errors);
      }
      options.onSeed?.(`${seeded.value.values} values — ${seeded.value.notice}`);
    }
    const token = await issueDemoAdminToken(ctx);
    if (!token.ok) {
      await store.close();
      return err(token.errors);
    }
    demoToken = token.value.secret;
    warnings.push(...token.warnings);
  }
  const app = createRestApp({
    ctx,
    docsAssets: swaggerUiAssets(),
    corsOrigins: config.corsOrigins,
    ...(options.log ? { log: options.log } : {}),
    ...(options.onUnexpectedError ? { onUnexpectedError: options.onUnexpectedError } : {}),
  });
  const { server, port } = await listen(app.fetch, config);
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}`;
  return ok({
    url,
    docsUrl: `${url}/docs`,
    demoToken,
    warnings,
    store,
    ctx,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await store.close();
    },
  });
}

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  config: ServerConfig,
): Promise<{ server: ReturnType<typeof serve>; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }, (info) =>
      resolve({ server, port: info.port }),
    );
    server.once("error", reject);
    // Longer than a client's or a load balancer's idle timeout, so the server never closes a kept-alive
    // connection just as the client reuses it (which the client sees as ECONNRESET).
    if ("keepAliveTimeout" in server) server.keepAliveTimeout = 65_000;
  });
}
