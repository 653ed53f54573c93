import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AppContext, createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { importDataValues } from "./import-data-values.js";

const HEADER = "dataElement,period,orgUnit,categoryOptionCombo,value,comment";
const GOOD_ROWS = [
  "addicts_registered,2019,20044,,12,",
  "addicts_treated,2019,20044,,3,",
  'cultivation_area_detected_ha,2019,20068,can_sa,"0,5",ghi chú',
  "drug_cases_detected,2018,20068,,4,",
];

async function seeded(): Promise<AppContext> {
  const ctx = createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
  await importDataValues(ctx, LOCAL_OPERATOR, {
    format: "csv",
    content: [HEADER, "addicts_registered,2018,20044,,9,"].join("\n"),
  });
  return ctx;
}

/** Everything stored, as one comparable text. */
async function snapshot(ctx: AppContext): Promise<string> {
  const values = await ctx.store.dataValues.query({});
  return JSON.stringify(
    [...values]
      .map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, v.value, v.version])
      .sort(),
  );
}

/** Runs one import and checks the law: a refused import changes nothing; an accepted one writes every row. */
async function importChecked(ctx: AppContext, format: "csv" | "json", content: string): Promise<void> {
  const before = await snapshot(ctx);
  const version = await ctx.store.dataValues.dataVersion();
  const result = await importDataValues(ctx, LOCAL_OPERATOR, { format, content });
  if (!result.ok) {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const found of result.errors) {
      expect(found.code).toMatch(/^[A-Z][A-Z0-9_]*$/);
      expect(found.message.length).toBeGreaterThan(0);
    }
    expect(await snapshot(ctx)).toBe(before);
    expect(await ctx.store.dataValues.dataVersion()).toBe(version);
    return;
  }
  const out = result.value;
  expect(out.created + out.updated + out.unchanged).toBe(out.changes.length);
  for (const change of out.changes) {
    const stored = await ctx.store.dataValues.get(change);
    expect(stored?.value).toBe(change.after);
  }
}

/** A mutation of a text: delete, insert or replace a character, duplicate or drop a line. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.string({ maxLength: 3 }) }),
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(),
    text: fc.constantFrom('"', ",", "\n", "-", ".", "x", "\uFEFF", "9".repeat(30)),
  }),
  fc.record({ kind: fc.constant("dupLine" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("dropLine" as const), at: fc.nat() }),
);

function mutate(text: string, m: { kind: string; at: number; text?: string }): string {
  const at = text.length === 0 ? 0 : m.at % text.length;
  const lines = text.split("\n");
  const line = lines.length === 0 ? 0 : m.at % lines.length;
  switch (m.kind) {
    case "delete":
      return text.slice(0, at) + text.slice(at + 1);
    case "insert":
      return text.slice(0, at) + (m.text ?? "") + text.slice(at);
    case "replace":
      return text.slice(0, at) + (m.text ?? "") + text.slice(at + 1);
    case "dupLine":
      return [...lines.slice(0, line + 1), lines[line] ?? "", ...lines.slice(line + 1)].join("\n");
    default:
      return [...lines.slice(0, line), ...lines.slice(line + 1)].join("\n");
  }
}

describe("importDataValues under fuzzed input", () => {
  it("never throws and never writes part of a mangled CSV file", async () => {
    const ctx = await seeded();
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (mutations) => {
        const content = mutations.reduce((text, m) => mutate(text, m), [HEADER, ...GOOD_ROWS].join("\n"));
        await importChecked(ctx, "csv", content);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it("never throws and never writes part of random text, as CSV or as JSON", async () => {
    const ctx = await seeded();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 200 }), fc.boolean(), async (content, csv) => {
        await importChecked(ctx, csv ? "csv" : "json", content);
      }),
      { numRuns: 120 },
    );
  }, 120_000);

  it("never throws and never writes part of JSON data values with random fields", async () => {
    const ctx = await seeded();
    const field = fc.oneof(
      fc.constantFrom(
        "addicts_registered",
        "drug_cases_detected",
        "2019",
        "2019S1",
        "20044",
        "20068",
        "can_sa",
        "",
        "12",
        "-1",
        "1.5",
      ),
      fc.jsonValue({ maxDepth: 1 }),
    );
    const row = fc.record(
      {
        dataElement: field,
        period: field,
        orgUnit: field,
        categoryOptionCombo: field,
        value: field,
        comment: field,
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(row, fc.jsonValue({ maxDepth: 2 })), { maxLength: 6 }),
        async (rows) => {
          await importChecked(ctx, "json", JSON.stringify({ dataValues: rows }));
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);
});
