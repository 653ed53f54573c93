import type { z } from "@hono/zod-openapi";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyOf, createRestFixture, type Person, type RestFixture } from "./test-support/rest-fixture.js";

/** One request a test makes, the OpenAPI path it is filed under and the status it must answer. */
interface Sample {
  readonly person: Person | null;
  readonly method: string;
  readonly route: string;
  readonly path: string;
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const VALUE = "/v1/dataValues/{dataElement}/{orgUnit}/{period}";

/** In order: later requests read what earlier ones wrote. */
const SAMPLES: readonly Sample[] = [
  { person: null, method: "GET", route: "/health", path: "/health", status: 200 },
  { person: "communeViewer", method: "GET", route: "/v1/me", path: "/v1/me", status: 200 },
  { person: "communeViewer", method: "GET", route: "/v1/units", path: "/v1/units?under=46", status: 200 },
  { person: "communeViewer", method: "GET", route: "/v1/units", path: "/v1/units?q=hue", status: 200 },
  { person: "communeViewer", method: "GET", route: "/v1/units/{code}", path: "/v1/units/20044", status: 200 },
  { person: "communeViewer", method: "GET", route: "/v1/plans", path: "/v1/plans?limit=500", status: 200 },
  ...["qd-424-2017", "hue-2020-tong-ket", "kh-chien-luoc-1001", "can-tho-424", "qd-7619-bca-2025"].flatMap(
    (plan): Sample[] => [
      {
        person: "communeViewer",
        method: "GET",
        route: "/v1/plans/{planId}",
        path: `/v1/plans/${plan}`,
        status: 200,
      },
      {
        person: "communeViewer",
        method: "GET",
        route: "/v1/plans/{planId}/targets",
        path: `/v1/plans/${plan}/targets?limit=500`,
        status: 200,
      },
    ],
  ),
  ...["424nat-6", "424nat-1", "424nat-1.xa"].map(
    (target): Sample => ({
      person: "communeViewer",
      method: "GET",
      route: "/v1/targets/{targetId}",
      path: `/v1/targets/${target}`,
      status: 200,
    }),
  ),
  {
    person: "communeViewer",
    method: "GET",
    route: "/v1/campaigns",
    path: "/v1/campaigns?limit=500",
    status: 200,
  },
  {
    person: "communeViewer",
    method: "GET",
    route: "/v1/campaigns/{id}",
    path: "/v1/campaigns/r-000",
    status: 200,
  },
  {
    person: "communeEditor",
    method: "POST",
    route: "/v1/dataValueSets",
    path: "/v1/dataValueSets",
    status: 200,
    body: {
      dataValues: [
        {
          dataElement: "addicts_registered",
          period: "2019",
          orgUnit: "20044",
          value: "40",
          comment: "ghi chú",
        },
        { dataElement: "addicts_removed", period: "2020", orgUnit: "20044", value: "2" },
        { dataElement: "addicts_removed", period: "2019", orgUnit: "20044", value: "90" },
      ],
    },
  },
  {
    person: "communeViewer",
    method: "GET",
    route: "/v1/dataValueSets",
    path: "/v1/dataValueSets?orgUnit=20044",
    status: 200,
  },
  {
    person: "communeViewer",
    method: "GET",
    route: "/v1/plans/{planId}/evaluations",
    path: "/v1/plans/qd-424-2017/evaluations?unit=20044&period=2019,2020",
    status: 200,
  },
  {
    person: "provinceApprover",
    method: "GET",
    route: "/v1/plans/{planId}/evaluations",
    path: "/v1/plans/hue-2020-tong-ket/evaluations?unit=46&period=2019",
    status: 200,
  },
  {
    person: "communeEditor",
    method: "PUT",
    route: VALUE,
    path: "/v1/dataValues/addicts_registered/20044/2023",
    status: 200,
    body: { value: 5 },
    headers: { "if-match": '"0"' },
  },
  {
    person: "communeViewer",
    method: "GET",
    route: VALUE,
    path: "/v1/dataValues/addicts_registered/20044/2023",
    status: 200,
  },
  {
    person: "communeViewer",
    method: "GET",
    route: `${VALUE}/audit`,
    path: "/v1/dataValues/addicts_registered/20044/2023/audit",
    status: 200,
  },
  {
    person: "communeViewer",
    method: "GET",
    route: "/v1/dataValues",
    path: "/v1/dataValues?orgUnit=20044&period=2023",
    status: 200,
  },
  {
    person: "communeEditor",
    method: "POST",
    route: "/v1/dataValueEdits",
    path: "/v1/dataValueEdits",
    status: 200,
    body: {
      values: [
        {
          dataElement: "addicts_registered",
          period: "2023",
          orgUnit: "20044",
          value: "6",
          expectedVersion: 1,
        },
      ],
    },
  },
  {
    person: "provinceApprover",
    method: "GET",
    route: "/v1/campaigns/{id}/status",
    path: "/v1/campaigns/r-000/status?unit=46",
    status: 200,
  },
  {
    person: "districtEditor",
    method: "PUT",
    route: "/v1/campaigns/{id}/narratives/{unit}/{sectionId}",
    path: "/v1/campaigns/r-000/narratives/481/tinh-hinh-nguoi-nghien",
    status: 200,
    body: { paragraphs: ["Đoạn một."] },
  },
  {
    person: "districtEditor",
    method: "GET",
    route: "/v1/campaigns/{id}/narratives/{unit}",
    path: "/v1/campaigns/r-000/narratives/481",
    status: 200,
  },
  ...(["submit", "return", "submit", "approve"] as const).map(
    (step): Sample => ({
      person: step === "submit" ? "districtEditor" : "provinceApprover",
      method: "POST",
      route: `/v1/campaigns/{id}/submissions/{unit}/${step}`,
      path: `/v1/campaigns/r-000/submissions/481/${step}`,
      status: 200,
      body: step === "return" ? { reason: "Thiếu số liệu" } : {},
    }),
  ),
  {
    person: "provinceApprover",
    method: "GET",
    route: "/v1/campaigns/{id}/submissions",
    path: "/v1/campaigns/r-000/submissions",
    status: 200,
  },
  {
    person: "admin",
    method: "POST",
    route: "/v1/users",
    path: "/v1/users",
    status: 201,
    body: { name: "hoa", role: "editor", scopeUnit: "46" },
  },
  {
    person: "admin",
    method: "POST",
    route: "/v1/tokens",
    path: "/v1/tokens",
    status: 201,
    body: { user: "hoa" },
  },
];

interface RouteAnswer {
  readonly route: {
    method: string;
    path: string;
    responses: Record<string, { content?: Record<string, { schema: z.ZodType }> }>;
  };
}

/**
 * Every JSON answer the service gives, checked against the schema its route publishes in
 * /openapi.json (objects there are strict: a field the schema lacks fails, as does a missing one).
 * A client generated from the description then gets the types the service really answers with.
 */
describe("answers match their OpenAPI schemas", { timeout: 120_000 }, () => {
  let fx: RestFixture;
  beforeAll(async () => {
    fx = await createRestFixture();
  });
  afterAll(() => fx.close());

  const routes = () =>
    (fx.app.openAPIRegistry.definitions as readonly { type: string }[])
      .filter((d): d is RouteAnswer & { type: string } => d.type === "route")
      .map((d) => d.route);

  it("every sampled answer parses with its route's schema", async () => {
    const failures: string[] = [];
    for (const sample of SAMPLES) {
      const res = await fx.call(sample.person, sample.method, sample.path, sample.body, sample.headers);
      const body = await bodyOf(res);
      if (res.status !== sample.status) {
        failures.push(`${sample.method} ${sample.path}: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
        continue;
      }
      const route = routes().find((r) => r.method === sample.method.toLowerCase() && r.path === sample.route);
      const schema = route?.responses[String(sample.status)]?.content?.["application/json"]?.schema;
      if (!schema) {
        failures.push(`${sample.method} ${sample.route}: no JSON schema for ${sample.status}`);
        continue;
      }
      const parsed = schema.safeParse(body);
      if (!parsed.success)
        failures.push(
          `${sample.method} ${sample.path}: ${parsed.error.issues
            .slice(0, 5)
            .map((i) => `${i.path.join(".")}: ${i.message}`)
            .join("; ")}`,
        );
    }
    expect(failures).toEqual([]);
  });

  it("samples every route that answers JSON", () => {
    const sampled = new Set(SAMPLES.map((s) => `${s.method.toLowerCase()} ${s.route}`));
    const json = routes().filter((r) =>
      Object.entries(r.responses).some(
        ([status, answer]) => status.startsWith("2") && answer.content?.["application/json"],
      ),
    );
    const missing = json
      .map((r) => `${r.method} ${r.path}`)
      .filter(
        (key) =>
          !sampled.has(key) &&
          key !== "delete /v1/tokens/{id}" &&
          !key.startsWith("post /v1/campaigns/{id}/forms"),
      );
    expect(missing).toEqual([]);
  });

  it("a form import answers its schema too", async () => {
    const workbook = new Uint8Array(
      await (await fx.call("districtEditor", "GET", "/v1/campaigns/r-000/forms/481.xlsx")).arrayBuffer(),
    );
    const route = routes().find(
      (r) => r.method === "post" && r.path === "/v1/campaigns/{id}/forms/{unit}.xlsx",
    );
    const schema = route?.responses["200"]?.content?.["application/json"]?.schema;
    const res = await fx.call(
      "provinceAdmin",
      "POST",
      "/v1/campaigns/r-000/forms/481.xlsx?dryRun=true",
      workbook,
      {
        "content-type": XLSX,
      },
    );
    expect(res.status).toBe(200);
    const parsed = schema?.safeParse(await bodyOf(res));
    expect(parsed?.success, JSON.stringify(parsed?.error?.issues?.slice(0, 3))).toBe(true);
    const token = await bodyOf(
      await fx.call("communeEditor", "POST", "/v1/tokens", { user: "communeEditor" }),
    );
    const revoke = routes().find((r) => r.method === "delete" && r.path === "/v1/tokens/{id}");
    const revoked = await fx.call("communeEditor", "DELETE", `/v1/tokens/${token.token.id}`);
    expect(
      revoke?.responses["200"]?.content?.["application/json"]?.schema.safeParse(await bodyOf(revoked))
        .success,
    ).toBe(true);
  });
});
