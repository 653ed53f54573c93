import { describe, expect, it } from "vitest";
import type { StoredDefinition } from "../ports/definition-store.js";
import { AT_1, AT_2 } from "./fixtures.js";
import { type MakeStore, useStore } from "./use-store.js";

const PATCH: StoredDefinition = {
  id: "d-1",
  kind: "edition_patch",
  body: {
    name: "Sửa tên phường",
    validFrom: "2025-07-01",
    rename: [{ code: "19753", name: "Phường Thuận Hóa" }],
    nested: { big: "123456789012345678901234567890", list: [1, 2.5, null, true] },
  },
  addedBy: "u-admin",
  addedAt: AT_1,
};

export function describeDefinitions(makeStore: MakeStore): void {
  describe("definitions", () => {
    const store = useStore(makeStore);

    it("keeps each document as given and lists one kind in the order added", async () => {
      const d = store().definitions;
      await d.add(PATCH);
      await d.add({
        id: "d-2",
        kind: "catalog_addition",
        body: { plans: [] },
        addedBy: "u-admin",
        addedAt: AT_2,
      });
      await d.add({ ...PATCH, id: "d-3", body: { name: "Thứ hai" }, addedAt: AT_2 });
      await d.add({ ...PATCH, id: "d-0", body: { name: "Thứ ba" }, addedAt: AT_2 });
      expect((await d.list("edition_patch")).map((x) => x.id)).toEqual(["d-1", "d-3", "d-0"]);
      expect((await d.list("edition_patch"))[0]).toEqual(PATCH);
      expect((await d.list("catalog_addition")).map((x) => x.id)).toEqual(["d-2"]);
      expect(await d.list("validation_rule")).toEqual([]);
    });

    it("removes a definition once", async () => {
      const d = store().definitions;
      await d.add(PATCH);
      expect(await d.remove("d-1")).toBe(true);
      expect(await d.remove("d-1")).toBe(false);
      expect(await d.list("edition_patch")).toEqual([]);
    });

    it("refuses a second definition with the same id", async () => {
      const d = store().definitions;
      await d.add(PATCH);
      await expect(d.add({ ...PATCH, body: {} })).rejects.toThrow();
      expect((await d.list("edition_patch"))[0]?.body).toEqual(PATCH.body);
    });
  });
}
