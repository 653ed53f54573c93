import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createToken, createUser, LOCAL_OPERATOR } from "@pctm/app";
import type { paths } from "@pctm/rest/client-types";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readServerConfig } from "../server-config.js";
import { type RunningServer, startServer } from "../start-server.js";
import { generateClientTypes } from "./generate-client-types.js";

/** The one checked-in copy of the client types, kept by @pctm/rest (its client-types test). */
const TYPES_FILE = join(
  dirname(createRequire(import.meta.url).resolve("@pctm/rest/package.json")),
  "src/client/pctm-api.d.ts",
);
const dir = mkdtempSync(join(tmpdir(), "pctm-walk-"));
let server: RunningServer;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  const read = readServerConfig({ PORT: "0", DATABASE_URL: join(dir, "walk.sqlite"), PCTM_DEMO: "0" });
  if (!read.ok) throw new Error(read.message);
  const started = await startServer(read.config);
  if (!started.ok) throw new Error(started.errors.map((e) => e.message).join("; "));
  server = started.value;
  const people = [
    ["province", "approver", "46"],
    ["districtEditor", "editor", "481"],
    ["communeEditor", "editor", "20044"],
  ] as const;
  for (const [name, role, scopeUnit] of people) {
    const user = await createUser(server.ctx, LOCAL_OPERATOR, { name, role, scopeUnit });
    if (!user.ok) throw new Error(user.errors[0]?.message);
    const token = await createToken(server.ctx, LOCAL_OPERATOR, { user: name });
    if (!token.ok) throw new Error(token.errors[0]?.message);
    tokens[name] = token.value.secret;
  }
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

function clientAs(person: string) {
  return createClient<paths>({ baseUrl: server.url, headers: { authorization: `Bearer ${tokens[person]}` } });
}

describe("a client generated from /openapi.json", () => {
  it("is current: openapi-typescript on the served document gives the checked-in types", async () => {
    const generated = await generateClientTypes(`${server.url}/openapi.json`, TYPES_FILE);
    if (process.env.PCTM_UPDATE_CLIENT === "1") writeFileSync(TYPES_FILE, generated);
    expect(generated).toBe(readFileSync(TYPES_FILE, "utf8"));
  }, 60_000);

  it("walks a campaign: figures → a verdict changes → submit → approve at the province → the DOCX", async () => {
    const commune = clientAs("communeEditor");
    const judge = () =>
      commune.GET("/v1/plans/{planId}/evaluations", {
        params: { path: { planId: "qd-424-2017" }, query: { unit: "20044", period: "2020" } },
      });
    const verdict = (answer: Awaited<ReturnType<typeof judge>>) =>
      answer.data?.periods[0]?.evaluations.find((e) => e.targetId === "424nat-6")?.verdict;

    const before = await judge();
    expect(before.response.status).toBe(200);
    expect(verdict(before)).toBe("insufficient_data");
    const posted = await commune.POST("/v1/dataValueSets", {
      body: {
        dataValues: [
          { dataElement: "addicts_registered", period: "2019", orgUnit: "20044", value: "40" },
          { dataElement: "addicts_removed", period: "2020", orgUnit: "20044", value: "2" },
        ],
      },
    });
    expect(posted.data).toMatchObject({ written: true, created: 2 });
    expect(verdict(await judge())).not.toBe("insufficient_data");

    const district = clientAs("districtEditor");
    const submitted = await district.POST("/v1/campaigns/{id}/submissions/{unit}/submit", {
      params: { path: { id: "r-000", unit: "481" } },
      body: {},
    });
    expect(submitted.data?.state).toBe("submitted");
    const refused = await district.POST("/v1/campaigns/{id}/submissions/{unit}/approve", {
      params: { path: { id: "r-000", unit: "481" } },
      body: {},
    });
    expect(refused.response.status).toBe(403);
    expect(refused.error?.code).toBeDefined();

    const province = clientAs("province");
    const approved = await province.POST("/v1/campaigns/{id}/submissions/{unit}/approve", {
      params: { path: { id: "r-000", unit: "481" } },
      body: { expectedVersion: submitted.data?.version },
    });
    expect(approved.data?.state).toBe("approved");
    const status = await province.GET("/v1/campaigns/{id}/status", {
      params: { path: { id: "r-000" }, query: { unit: "46" } },
    });
    expect(JSON.stringify(status.data)).toContain('"approved":1');

    const report = await province.GET("/v1/campaigns/{id}/report", {
      params: { path: { id: "r-000" }, query: { unit: "46", format: "docx" } },
      parseAs: "arrayBuffer",
    });
    expect(report.response.headers.get("content-type")).toContain("wordprocessingml");
    const bytes = new Uint8Array(report.data as unknown as ArrayBuffer);
    expect(bytes.length).toBeGreaterThan(10_000);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]);
  }, 120_000);
});
