import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readServerConfig, type ServerConfig } from "./server-config.js";
import { type RunningServer, startServer } from "./start-server.js";

const dir = mkdtempSync(join(tmpdir(), "pctm-server-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function configFor(file: string): ServerConfig {
  const read = readServerConfig({ PORT: "0", DATABASE_URL: join(dir, file) });
  if (!read.ok) throw new Error(read.message);
  return read.config;
}

async function start(file: string): Promise<RunningServer> {
  const started = await startServer(configFor(file));
  if (!started.ok) throw new Error(started.errors.map((e) => e.message).join("; "));
  return started.value;
}

let firstToken: string | undefined;
let seededVersion = 0;

describe("startServer", () => {
  it("migrates a new SQLite file, serves /health, /docs from node_modules and a working demo token", async () => {
    const server = await start("demo.sqlite");
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.store.engine).toBe("sqlite");
      const health = await fetch(`${server.url}/health`);
      expect(await health.json()).toMatchObject({ status: "ok" });
      const bundle = await fetch(`${server.url}/docs/assets/swagger-ui-bundle.js`);
      expect(bundle.status).toBe(200);
      expect((await bundle.text()).length).toBeGreaterThan(100_000);
      const me = await fetch(`${server.url}/v1/me`, {
        headers: { authorization: `Bearer ${server.demoToken}` },
      });
      // The demonstration's admin is nationwide: no province-scoped token, no start-up warning.
      expect(await me.json()).toMatchObject({ name: "demo-admin", role: "admin", scopeUnit: null });
      expect(server.warnings).toEqual([]);
      // First run seeded the demonstration data through the import path.
      seededVersion = await server.store.dataValues.dataVersion();
      expect(seededVersion).toBeGreaterThan(0);
      firstToken = server.demoToken;
    } finally {
      await server.close();
    }
  }, 180_000);

  it("prints a fresh token at every start and seeds only once; the database keeps only hashes", async () => {
    const second = await start("demo.sqlite");
    try {
      expect(second.demoToken).not.toBe(firstToken);
      expect(await second.store.dataValues.dataVersion()).toBe(seededVersion);
      const tokens = await second.store.access.listTokens();
      expect(tokens).toHaveLength(2);
      expect(JSON.stringify(tokens)).not.toContain(String(firstToken));
    } finally {
      await second.close();
    }
  }, 60_000);

  it("reads PORT, HOST and DATABASE_URL with their defaults", () => {
    expect(readServerConfig({})).toEqual({
      ok: true,
      config: {
        port: 8787,
        host: "127.0.0.1",
        databaseUrl: "./data/pctm.sqlite",
        corsOrigins: [],
        demo: true,
      },
    });
    expect(readServerConfig({ PORT: "http" })).toMatchObject({ ok: false });
    expect(readServerConfig({ CORS_ORIGINS: "https://a.vn, https://b.vn", PCTM_DEMO: "0" })).toMatchObject({
      config: { corsOrigins: ["https://a.vn", "https://b.vn"], demo: false },
    });
  });
});
