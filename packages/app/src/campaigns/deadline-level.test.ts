import { describe, expect, it } from "vitest";
import { deadlineLevel } from "./deadline-level.js";

describe("deadlineLevel", () => {
  it("reads the level of the senders from the seed's words", () => {
    expect(
      deadlineLevel("Các sở, ban, ngành đoàn thể và Ủy ban nhân dân các huyện, thị xã, thành phố Huế"),
    ).toBe(2);
    expect(deadlineLevel("Các sở, ban ngành và Ủy ban nhân dân quận, huyện")).toBe(2);
    expect(deadlineLevel("Ủy ban nhân dân các xã, phường, thị trấn")).toBe(3);
    expect(deadlineLevel("Công an tỉnh")).toBe(1);
    expect(deadlineLevel("Ủy ban nhân dân thành phố")).toBe(1);
    expect(deadlineLevel("Các sở, ngành, đoàn thể, địa phương")).toBe(2);
  });
});
