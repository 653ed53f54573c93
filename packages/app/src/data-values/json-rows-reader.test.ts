import { readFileSync } from "node:fs";
import type { Issue, Result } from "@pctm/domain";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportRow } from "./import-rows.js";
import { JsonRowsReader } from "./json-rows-reader.js";

const EXAMPLES = ["hue-2020", "can-tho-2019", "quang-binh-2025", "quang-ngai-2024"].map((name) =>
  readFileSync(new URL(`../../../../examples/${name}/data.json`, import.meta.url), "utf8"),
);

/** The model: the whole text through JSON.parse, as the importer read it before it streamed. */
function wholeParse(text: string): { code: string } | { rows: unknown[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { code: "IMPORT_INVALID_JSON" };
  }
  if (Array.isArray(parsed)) return { rows: parsed };
  const list = (parsed as { dataValues?: unknown } | null)?.dataValues;
  if (typeof parsed === "object" && parsed !== null && Array.isArray(list)) return { rows: list };
  return { code: "IMPORT_NOT_A_DATA_VALUE_SET" };
}

function outcome(result: Result<ImportRow[]>): { code: string } | { rows: unknown[] } {
  if (!result.ok) return { code: result.errors[0]?.code ?? "?" };
  expect(result.value.map((row) => row.line)).toEqual(result.value.map((_, i) => i + 1));
  return { rows: result.value.map((row) => row.raw) };
}

/** The text in pieces cut at the given sizes (cycled), through the streaming reader. */
function streamed(text: string, sizes: readonly number[] = [65_536]): Result<ImportRow[]> {
  const reader = new JsonRowsReader();
  let at = 0;
  for (let n = 0; at < text.length; n++) {
    const size = sizes[n % sizes.length] ?? 1;
    reader.push(text.slice(at, at + size));
    at += size;
  }
  return reader.end();
}

const errorOf = (result: Result<ImportRow[]>): Issue | undefined =>
  result.ok ? undefined : result.errors[0];

describe("JsonRowsReader: streamed reading equals the whole parse", { timeout: 120_000 }, () => {
  it("gives the example files' rows exactly, cut in 64 KB, 4 KB, 7-character and 1-character pieces", () => {
    for (const text of EXAMPLES) {
      const model = wholeParse(text);
      expect("rows" in model && model.rows.length).toBeGreaterThan(10);
      for (const sizes of [[65_536], [4096], [7], [1], [3, 1, 1000]]) {
        expect(outcome(streamed(text, sizes))).toEqual(model);
      }
      const bare = JSON.stringify((JSON.parse(text) as { dataValues: unknown[] }).dataValues, null, 1);
      expect(outcome(streamed(`\uFEFF${bare}`, [13]))).toEqual(wholeParse(bare));
    }
  });

  it("agrees with JSON.parse on the edges of the structure", () => {
    const edges = [
      "",
      " ",
      "[]",
      "{}",
      "[1,]",
      "[,1]",
      "[,]",
      '{"dataValues":[1,]}',
      '{"dataValues":[,1]}',
      "{,}",
      '{"a":1,}',
      '{"a":1,,"dataValues":[]}',
      "[1 2]",
      '{"a" 1}',
      '{"a":}',
      '{"dataValues":[]} x',
      "[] []",
      '"x"',
      "1",
      "null",
      "true",
      '{"dataValues":[{"a":"]"}]}',
      '["a\\"]"]',
      '["a\\\\"]',
      "[tru]",
      "[true]",
      "[-]",
      "[1e5, -0.5, 2E-3]",
      '{"dataValues":[1]',
      '{"dataValues":[{"a":1}}]}',
      '{"dataValues":[{"a":[1}]}',
      '{"dataValues":"[1]"}',
      '{"dataValues":null}',
      '{"dataValue":[1]}',
      '{"data\\u0056alues":[1]}',
      "[1]\n\n",
      "\uFEFF[1]",
      "[\uFEFF1]",
      '{"a":[{"b":"}"}],"dataValues":[2]}',
      "[{}{}]",
      "[[]]",
      "[{]",
      '["\n"]',
      "[1]]",
      "{}}",
      '{"dataValues":[]}}',
    ];
    for (const text of edges) {
      for (const sizes of [[1000], [1], [2, 3]]) {
        expect([text, outcome(streamed(text, sizes))]).toEqual([text, wholeParse(text)]);
      }
    }
  });

  it("agrees with JSON.parse on random JSON, data value sets with extra keys, and mangled text", () => {
    const structural = fc
      .array(fc.constantFrom(",", "]", "[", "{", "}", ":", '"', " ", "\\", "1", "a", "\n"), { maxLength: 3 })
      .map((chars) => chars.join(""));
    const dataValueSet = fc
      .record({
        before: fc.dictionary(fc.string(), fc.jsonValue()),
        dataValues: fc.array(fc.jsonValue(), { maxLength: 8 }),
        after: fc.dictionary(fc.string(), fc.jsonValue()),
      })
      .map(({ before, dataValues, after }) => {
        const pairs = [...Object.entries(before), ["dataValues", dataValues], ...Object.entries(after)];
        return `{${pairs.map(([k, v]) => `${JSON.stringify(k)} :\n ${JSON.stringify(v, null, 1)}`).join(",")}}`;
      });
    const text = fc.oneof(
      fc.json(),
      dataValueSet,
      fc.tuple(dataValueSet, fc.nat(), structural, fc.nat({ max: 3 })).map(([json, at, insert, cut]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + cut);
      }),
      fc.string(),
    );
    fc.assert(
      fc.property(
        text,
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        (t, sizes) => {
          expect(outcome(streamed(t, sizes))).toEqual(wholeParse(t));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("a repeated dataValues key counts as JSON.parse counts it: the last one", () => {
    expect(outcome(streamed('{"dataValues":[1],"dataValues":[2,3]}', [2]))).toEqual({ rows: [2, 3] });
    expect(outcome(streamed('{"dataValues":[1],"dataValues":{}}'))).toEqual({
      code: "IMPORT_NOT_A_DATA_VALUE_SET",
    });
  });

  it("names the file line and the row of a syntax error in the middle of the file", () => {
    const rows = Array.from({ length: 500 }, (_, i) =>
      JSON.stringify({ dataElement: "addicts_registered", period: "2019", orgUnit: "20044", value: i }),
    );
    rows[299] = '{ "dataElement": "addicts_registered", "period": "2019" "orgUnit": "20044" }';
    const text = `{\n"dataValues": [\n${rows.join(",\n")}\n]\n}\n`;
    const found = errorOf(streamed(text, [100]));
    expect(found?.code).toBe("IMPORT_INVALID_JSON");
    expect(found?.path).toEqual(["dataValues", 299]);
    expect(found?.message).toMatch(/dòng 302:/);
    const missingComma = text.replace("},\n{", "}\n{");
    const between = errorOf(streamed(missingComma, [64]));
    expect(between?.path).toEqual(["dataValues", 1]);
    expect(between?.message).toMatch(/dòng 4: gặp "\{", cần "," hoặc "]"/);
    const cut = errorOf(streamed(text.slice(0, 4000)));
    expect(cut?.message).toMatch(/IMPORT_INVALID_JSON|tệp JSON không đọc được/);
  });
});
