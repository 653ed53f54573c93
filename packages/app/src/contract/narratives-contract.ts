import { describe, expect, it } from "vitest";
import type { NarrativeKey } from "../ports/narrative-store.js";
import { AT_1, AT_2 } from "./fixtures.js";
import { type MakeStore, useStore } from "./use-store.js";

const SECTION: NarrativeKey = { campaignId: "r-000", orgUnit: "46", sectionId: "I.1" };
const PARAGRAPHS = [
  "Năm 2025, lực lượng chức năng đã phát hiện, bắt giữ 125 vụ.",
  "Công tác cai nghiện được triển khai đồng bộ ở các xã, phường.",
];

export function describeNarratives(makeStore: MakeStore): void {
  describe("narratives", () => {
    const store = useStore(makeStore);
    const by1 = { by: "u-lan", at: AT_1 };
    const by2 = { by: "u-minh", at: AT_2 };

    it("stores paragraphs in order at version 1 and reads them back unchanged", async () => {
      const result = await store().narratives.put(
        { ...SECTION, paragraphs: PARAGRAPHS, expectedVersion: null },
        by1,
      );
      const expected = {
        ...SECTION,
        agency: "",
        paragraphs: PARAGRAPHS,
        updatedBy: "u-lan",
        updatedAt: AT_1,
        version: 1,
      };
      expect(result).toEqual({ ok: true, narrative: expected });
      expect(await store().narratives.get(SECTION)).toEqual(expected);
    });

    it("an update with the stored version goes to the next version; a stale one is refused", async () => {
      await store().narratives.put({ ...SECTION, paragraphs: PARAGRAPHS }, by1);
      const second = await store().narratives.put(
        { ...SECTION, paragraphs: ["Mới."], expectedVersion: 1 },
        by2,
      );
      expect(second.ok && second.narrative).toMatchObject({
        paragraphs: ["Mới."],
        version: 2,
        updatedBy: "u-minh",
      });
      const stale = await store().narratives.put(
        { ...SECTION, paragraphs: ["Cũ."], expectedVersion: 1 },
        by1,
      );
      expect(stale).toEqual({ ok: false, actualVersion: 2 });
      const exists = await store().narratives.put(
        { ...SECTION, paragraphs: ["Cũ."], expectedVersion: null },
        by1,
      );
      expect(exists).toEqual({ ok: false, actualVersion: 2 });
      const absent = await store().narratives.put(
        { ...SECTION, sectionId: "II", paragraphs: [], expectedVersion: 4 },
        by1,
      );
      expect(absent).toEqual({ ok: false, actualVersion: null });
      expect((await store().narratives.get(SECTION))?.paragraphs).toEqual(["Mới."]);
    });

    it("the same paragraphs change nothing", async () => {
      await store().narratives.put({ ...SECTION, paragraphs: PARAGRAPHS }, by1);
      const same = await store().narratives.put(
        { ...SECTION, paragraphs: [...PARAGRAPHS], expectedVersion: 1 },
        by2,
      );
      expect(same.ok && same.narrative).toMatchObject({ version: 1, updatedBy: "u-lan", updatedAt: AT_1 });
    });

    it("an empty list of paragraphs is kept as empty", async () => {
      await store().narratives.put({ ...SECTION, paragraphs: [] }, by1);
      expect((await store().narratives.get(SECTION))?.paragraphs).toEqual([]);
    });

    it("keeps each agency's text for a section apart from the unit's own", async () => {
      const agency = "Sở Lao động - Thương binh và Xã hội";
      await store().narratives.put({ ...SECTION, paragraphs: ["của đơn vị"] }, by1);
      const put = await store().narratives.put(
        { ...SECTION, agency, paragraphs: ["của Sở"], expectedVersion: null },
        by2,
      );
      expect(put.ok && put.narrative).toMatchObject({ agency, paragraphs: ["của Sở"], version: 1 });
      await store().narratives.put({ ...SECTION, agency: "Công an tỉnh", paragraphs: ["của Công an"] }, by2);
      expect((await store().narratives.get(SECTION))?.paragraphs).toEqual(["của đơn vị"]);
      expect((await store().narratives.get({ ...SECTION, agency: "" }))?.agency).toBe("");
      expect((await store().narratives.get({ ...SECTION, agency }))?.paragraphs).toEqual(["của Sở"]);
      const listed = await store().narratives.list("r-000", "46");
      expect(listed.map((n) => n.agency).sort()).toEqual(["", "Công an tỉnh", agency].sort());
    });

    it("lists a campaign's narratives, of all units or of one", async () => {
      await store().narratives.put({ ...SECTION, paragraphs: ["a"] }, by1);
      await store().narratives.put({ ...SECTION, sectionId: "I.2", paragraphs: ["b"] }, by1);
      await store().narratives.put({ ...SECTION, orgUnit: "4601", paragraphs: ["c"] }, by1);
      await store().narratives.put({ ...SECTION, campaignId: "r-001", paragraphs: ["d"] }, by1);
      const texts = (rows: readonly { paragraphs: readonly string[] }[]) =>
        rows.map((r) => r.paragraphs[0]).sort();
      expect(texts(await store().narratives.list("r-000"))).toEqual(["a", "b", "c"]);
      expect(texts(await store().narratives.list("r-000", "46"))).toEqual(["a", "b"]);
      expect(await store().narratives.list("r-999")).toEqual([]);
      expect(await store().narratives.get({ ...SECTION, sectionId: "none" })).toBeUndefined();
    });
  });
}
