import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { nfcString } from "./nfc-string.js";

describe("nfcString", () => {
  it("normalises decomposed Vietnamese to NFC", () => {
    const decomposed = "Thừa Thiên Huế".normalize("NFD");
    expect(decomposed).not.toBe("Thừa Thiên Huế");
    expect(nfcString().parse(decomposed)).toBe("Thừa Thiên Huế");
  });

  it("stays a string schema: checks chain and run on the normalised text", () => {
    const title = nfcString().trim().min(1);
    expect(title.parse("  Ngăn chặn ".normalize("NFD"))).toBe("Ngăn chặn");
    expect(title.safeParse("   ").success).toBe(false);
    expect(z.toJSONSchema(z.object({ t: title }), { io: "input" }).properties).toEqual({
      t: { type: "string", minLength: 1 },
    });
  });

  it("gives NFC for any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const out = nfcString().parse(text.normalize("NFD"));
        expect(out).toBe(text.normalize("NFC"));
      }),
    );
  });
});
