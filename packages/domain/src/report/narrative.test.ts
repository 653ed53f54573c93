import { describe, expect, it } from "vitest";
import { unwrap } from "../result/result.js";
import { parseNarratives } from "./narrative.js";

describe("parseNarratives", () => {
  it("normalises decomposed (NFD) Vietnamese to NFC: paragraphs, agency and signer", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const file = unwrap(
      parseNarratives({
        signer: nfd("Nguyễn Văn Phương"),
        narratives: [
          { section: "tinh-hinh", agency: nfd("Sở Y tế"), paragraphs: [nfd("Thừa Thiên Huế đã rà soát.")] },
        ],
      }),
    );
    expect(nfd("Huế")).not.toBe("Huế");
    expect(file.signer).toBe("Nguyễn Văn Phương");
    expect(file.narratives[0]?.agency).toBe("Sở Y tế");
    expect(file.narratives[0]?.paragraphs).toEqual(["Thừa Thiên Huế đã rà soát."]);
  });

  it("refuses a blank signer", () => {
    const result = parseNarratives({ signer: "  ", narratives: [] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.path).toEqual(["signer"]);
  });
});
