import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { importDataValues } from "./import-data-values.js";

const context = () =>
  createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });

/** The text's UTF-8 bytes in pieces of `size` bytes: pieces end inside Vietnamese letters. */
function byteStream(text: string, size: number) {
  const bytes = new TextEncoder().encode(text);
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  return { chunks: chunks(), size: bytes.length };
}

const ROWS = Array.from({ length: 40 }, (_, i) => ({
  dataElement: "addicts_registered",
  period: `${2015 + (i % 10)}${["", "S1", "S2", "Q1"][Math.floor(i / 10)]}`,
  orgUnit: "46",
  value: i,
  comment: `ghi chú số ${i}: đã đối chiếu`,
}));

describe("importDataValues from a byte stream", { timeout: 60_000 }, () => {
  it("stores what the whole text stores, with progress in bytes up to the file's size", async () => {
    const text = `\uFEFF${JSON.stringify({ dataSet: "x", dataValues: ROWS }, null, 2)}`;
    const whole = context();
    const fromText = await importDataValues(whole, LOCAL_OPERATOR, { format: "json", content: text });
    const streamed = context();
    const reads: number[] = [];
    const source = byteStream(text, 7);
    const fromStream = await importDataValues(
      streamed,
      LOCAL_OPERATOR,
      { format: "json", stream: source },
      { onProgress: (done, total, phase) => phase === "read" && reads.push(done, total) },
    );
    expect(fromStream.ok && fromStream.value.created).toBe(40);
    expect(fromStream).toEqual(fromText);
    expect(await streamed.store.dataValues.query({})).toEqual(await whole.store.dataValues.query({}));
    expect(reads.at(-1)).toBe(source.size);
    expect(reads.at(-2)).toBe(source.size);
    const csv = [
      "dataElement,period,orgUnit,value,comment",
      ...ROWS.map((r) => `${r.dataElement},${r.period},${r.orgUnit},${r.value},"${r.comment}"`),
    ].join("\r\n");
    const fromCsv = await importDataValues(context(), LOCAL_OPERATOR, {
      format: "csv",
      stream: byteStream(csv, 5),
    });
    expect(fromCsv.ok && fromCsv.value.created).toBe(40);
  });

  it("a syntax error late in the file writes nothing and names the row", async () => {
    const ctx = context();
    const text = JSON.stringify({ dataValues: ROWS }).replace('"value":33,', '"value":33');
    const result = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      stream: byteStream(text, 64),
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.code, e.path])).toEqual([
      ["IMPORT_INVALID_JSON", ["dataValues", 33]],
    ]);
    expect(await ctx.store.dataValues.query({})).toEqual([]);
  });

  it("a stream that fails in the middle is IMPORT_UNREADABLE, nothing written", async () => {
    const ctx = context();
    async function* failing() {
      yield new TextEncoder().encode('{"dataValues":[');
      throw new Error("EIO: i/o error, read");
    }
    const result = await importDataValues(ctx, LOCAL_OPERATOR, {
      format: "json",
      stream: { chunks: failing(), size: 100 },
    });
    expect(!result.ok && result.errors.map((e) => e.code)).toEqual(["IMPORT_UNREADABLE"]);
    expect(await ctx.store.dataValues.query({})).toEqual([]);
  });
});
