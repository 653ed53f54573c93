import { describe, expect, it } from "vitest";
import { checkSeedOutlines } from "./check-seed-outlines.js";
import { parseChecklist } from "./parse-checklist.js";

describe("checkSeedOutlines", () => {
  it("seed texts that are not the seed outlines are reported, seed by seed, without throwing", () => {
    const seeds = { "000": "ĐỀ CƯƠNG\nI. Một mục khác", "001": "", "002": "", "003": "I. Mục", "004": "" };
    const found = checkSeedOutlines({ seeds, checklist: "" }, parseChecklist(""));
    const codes = new Set(found.map((i) => i.code));
    expect(codes).toContain("CONFORMANCE_OUTLINE_DIFFERS");
    expect(codes).toContain("CONFORMANCE_OUTLINE_UNPARSED");
    expect(found.some((i) => i.message.startsWith("Seed 000"))).toBe(true);
    expect(found.some((i) => i.message.startsWith("Seed 003"))).toBe(true);
  });

  it("the ĐÁNH GIÁ CHUNG bindings are compared with the checklist's 424nat rows, in order", () => {
    const checklist = parseChecklist("| 424nat-1 | a | b |\n| 424nat-zz | c | d |");
    const found = checkSeedOutlines({ seeds: {}, checklist: "" }, checklist).filter(
      (i) => i.code === "CONFORMANCE_BINDINGS_DIFFER",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain("cần [424nat-1, 424nat-zz]");
  });
});
