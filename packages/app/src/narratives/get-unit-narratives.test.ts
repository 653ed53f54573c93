import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { type Actor, LOCAL_OPERATOR } from "../ports/actor.js";
import { getUnitNarratives } from "./get-unit-narratives.js";
import { putNarrative } from "./put-narrative.js";

function setup() {
  return createAppContext({ store: createMemoryStore(), clock: fixedClock("2026-12-05T03:00:00.000Z") });
}

describe("getUnitNarratives", () => {
  it("lists every section of the outline, numbered, with the unit's text and version", async () => {
    const ctx = setup();
    const before = await getUnitNarratives(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "478" });
    if (!before.ok) throw new Error(before.errors[0]?.message);
    const first = before.value.sections[0];
    expect(first).toMatchObject({ paragraphs: [], version: null, depth: 0 });
    expect(before.value.sections.length).toBeGreaterThan(3);
    const section = before.value.sections[1]?.sectionId ?? "";
    await putNarrative(ctx, LOCAL_OPERATOR, {
      campaignId: "r-000",
      unit: "478",
      sectionId: section,
      paragraphs: ["Một.", "  ", "Hai."],
    });
    const after = await getUnitNarratives(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "478" });
    const written = after.ok ? after.value.sections.find((s) => s.sectionId === section) : undefined;
    expect(written).toMatchObject({
      paragraphs: ["Một.", "Hai."],
      version: 1,
      updatedBy: LOCAL_OPERATOR.userId,
    });
    expect(after.ok && after.value.sections.map((s) => s.sectionId)).toEqual(
      before.value.sections.map((s) => s.sectionId),
    );
  });

  it("lets a viewer over the unit read; another scope is forbidden, a unit outside the campaign not found", async () => {
    const ctx = setup();
    const viewer: Actor = { userId: "v", role: "viewer", scopeUnit: "478" };
    const read = await getUnitNarratives(ctx, viewer, { campaignId: "r-000", unit: "478" });
    expect(read.ok).toBe(true);
    const elsewhere: Actor = { userId: "w", role: "approver", scopeUnit: "474" };
    const forbidden = await getUnitNarratives(ctx, elsewhere, { campaignId: "r-000", unit: "478" });
    expect(!forbidden.ok && forbidden.errors[0]?.code).toBe("ACCESS_OUT_OF_SCOPE");
    const outside = await getUnitNarratives(ctx, LOCAL_OPERATOR, { campaignId: "r-000", unit: "31177" });
    expect(!outside.ok && outside.errors[0]?.code).toBe("CAMPAIGN_UNIT_OUTSIDE");
    const noOutline = await getUnitNarratives(ctx, LOCAL_OPERATOR, { campaignId: "r-002", unit: "31177" });
    expect(!noOutline.ok && noOutline.errors[0]?.code).toBe("NARRATIVE_NO_OUTLINE");
  });
});
