import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinCatalog } from "@pctm/catalog";
import { describe, expect, it, onTestFinished } from "vitest";
import { runCli } from "../test-io.js";
import { FILE_SCHEMAS, generateJsonSchema, schemaFileName } from "./schema-registry.js";

const DOCS = fileURLToPath(new URL("../../../../docs/schemas/", import.meta.url));
const REGENERATE = "run `npm run build && node apps/cli/scripts/write-schemas.mjs` and commit docs/schemas";

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  items?: JsonSchema;
  const?: string;
  default?: unknown;
  additionalProperties?: boolean;
};

describe("docs/schemas: generated from the zod schemas, never edited by hand", () => {
  it("has exactly one file per file format", () => {
    const committed = readdirSync(DOCS).filter((f) => f.endsWith(".schema.json"));
    expect(committed.sort(), `docs/schemas lists other files than the schemas: ${REGENERATE}`).toEqual(
      FILE_SCHEMAS.map(schemaFileName).sort(),
    );
  });

  it.each(FILE_SCHEMAS.map((s) => [s.name, s] as const))("%s matches its zod schema", (_name, entry) => {
    const committed = JSON.parse(readFileSync(join(DOCS, schemaFileName(entry)), "utf8"));
    expect(committed, `docs/schemas/${schemaFileName(entry)} is out of date: ${REGENERATE}`).toEqual(
      JSON.parse(JSON.stringify(generateJsonSchema(entry))),
    );
  });
});

describe("the generated schemas describe what a user writes", () => {
  const schema = (name: string) => {
    const entry = FILE_SCHEMAS.find((s) => s.name === name);
    if (!entry) throw new Error(name);
    return generateJsonSchema(entry) as JsonSchema;
  };

  it("a target may leave out fields that have defaults (io: input), and names its kind", () => {
    const threshold = schema("target").oneOf?.find((s) => s.properties?.kind?.const === "threshold");
    expect(threshold?.properties?.periodType?.default).toBe("year");
    expect(threshold?.required).not.toContain("periodType");
    expect(threshold?.additionalProperties).toBe(false);
  });

  it("every built-in catalogue target fits the branch of its kind", () => {
    const branches = new Map(
      (schema("target").oneOf ?? []).map((s) => [s.properties?.kind?.const ?? "", s] as const),
    );
    const misfits: string[] = [];
    for (const target of builtinCatalog().targets) {
      const branch = branches.get(target.kind);
      const keys = Object.keys(target);
      const unknown = keys.filter((k) => !(k in (branch?.properties ?? {})));
      const absent = (branch?.required ?? []).filter((k) => !keys.includes(k));
      if (!branch || unknown.length > 0 || absent.length > 0)
        misfits.push(`${target.id}: thừa ${unknown.join(",")}; thiếu ${absent.join(",")}`);
    }
    expect(misfits).toEqual([]);
  });

  it("a split weight is written as text or a number, before the exact fraction is read", () => {
    expect(schema("remap-weights").items?.properties?.weight?.type).toEqual(["string", "number"]);
  });
});

describe("pctm schema", () => {
  it("lists every schema without a name", async () => {
    const r = await runCli(["schema"]);
    expect(r.code).toBe(0);
    for (const s of FILE_SCHEMAS)
      expect(r.out).toMatch(new RegExp(`^${s.name}\\s+${s.name}\\.schema\\.json`, "m"));
  });

  it("prints one schema as JSON", async () => {
    const r = await runCli(["schema", "data"]);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.out) as JsonSchema;
    expect(printed.required).toEqual(["dataValues"]);
    expect(printed.properties?.dataValues?.items?.required).toEqual([
      "dataElement",
      "period",
      "orgUnit",
      "value",
    ]);
  });

  it("writes the files named in the list with --out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "pctm-schema-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const r = await runCli(["schema", "--out", dir]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(FILE_SCHEMAS.map(schemaFileName).sort());
    const one = mkdtempSync(join(tmpdir(), "pctm-schema-"));
    onTestFinished(() => rmSync(one, { recursive: true, force: true }));
    expect((await runCli(["schema", "outline", "--out", one])).code).toBe(0);
    expect(readdirSync(one)).toEqual(["outline.schema.json"]);
  });

  it("an unknown name exits 2 and lists the known ones", async () => {
    const r = await runCli(["schema", "khong-co"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("[UNKNOWN_SCHEMA]");
    expect(r.err).toContain("assessments");
  });
});
