import { describe, expect, it } from "vitest";
import { z } from "zod";
import { TARGET_KINDS, targetShape } from "./target-schema.js";

describe("target schema as JSON Schema", () => {
  it("converts (for the OpenAPI document) and lists every kind", () => {
    const schema = z.toJSONSchema(targetShape, { io: "input" }) as {
      oneOf?: { properties: { kind: { const: string } } }[];
    };
    const kinds = (schema.oneOf ?? []).map((s) => s.properties.kind.const);
    expect(kinds).toEqual([...TARGET_KINDS]);
  });
});
