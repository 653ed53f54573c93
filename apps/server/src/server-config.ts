/** What the server reads from its environment. */
export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  /** postgres://… for PostgreSQL, else a SQLite file path. */
  readonly databaseUrl: string;
  readonly corsOrigins: readonly string[];
  /** Seed the demonstration data into an empty database and print a demo admin token. */
  readonly demo: boolean;
}

export const DEFAULT_PORT = 8787;
export const DEFAULT_HOST = "127.0.0.1";
export const DEFAULT_DATABASE_URL = "./data/pctm.sqlite";

export type ConfigResult = { ok: true; config: ServerConfig } | { ok: false; message: string };

/** PORT, HOST, DATABASE_URL, CORS_ORIGINS (comma-separated) and PCTM_DEMO (0 turns the demo off). */
export function readServerConfig(env: Readonly<Record<string, string | undefined>>): ConfigResult {
  const portText = env.PORT?.trim() || String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) {
    return { ok: false, message: `PORT phải là số cổng từ 0 đến 65535, không phải "${portText}"` };
  }
  return {
    ok: true,
    config: {
      port,
      host: env.HOST?.trim() || DEFAULT_HOST,
      databaseUrl: env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL,
      corsOrigins: (env.CORS_ORIGINS ?? "")
        .split(",")
        .map((origin) => origin.trim())
        .filter((origin) => origin !== ""),
      demo: env.PCTM_DEMO?.trim() !== "0",
    },
  };
}
