import { describe, expect, it } from "vitest";
import { TARGET_KINDS } from "../target/target-schema.js";
import { targetKindLabel } from "./target-kind-label.js";

describe("targetKindLabel", () => {
  it("names every kind in Vietnamese, never by its schema name", () => {
    for (const kind of TARGET_KINDS) {
      const label = targetKindLabel(kind);
      expect(label).not.toMatch(/[a-z]_[a-z]|^[a-z]+$/);
      expect(label).toBe(label.normalize("NFC"));
    }
    expect([targetKindLabel("threshold"), targetKindLabel("all_of")]).toEqual([
      "Đạt mức",
      "Gồm nhiều chỉ tiêu",
    ]);
  });
});
