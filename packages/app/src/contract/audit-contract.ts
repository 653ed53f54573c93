import { describe, expect, it } from "vitest";
import { AT_1, AT_2, AT_3, byKey, key, META_1, META_2, META_3, put } from "./fixtures.js";
import { type MakeStore, useStore } from "./use-store.js";

/** Reading values back: filters, the audit history per value and per unit, the data version. */
export function describeDataValueReads(makeStore: MakeStore): void {
  describe("data values: queries and audit", () => {
    const store = useStore(makeStore);

    async function seed(): Promise<void> {
      await store().dataValues.writeBatch(
        [
          put(key("a", "46", "2024"), "1"),
          put(key("a", "46", "2025"), "2"),
          put(key("b", "46", "2025"), "3"),
          put(key("a", "4601", "2025"), "4"),
          put(key("b", "4601", "2024Q4"), "5"),
        ],
        META_1,
      );
    }
    const ids = (rows: readonly { value: string }[]) => rows.map((r) => r.value).sort();

    it("query filters by unit, period and data element, each alone and together", async () => {
      await seed();
      const q = store().dataValues.query;
      expect(ids(await q({}))).toEqual(["1", "2", "3", "4", "5"]);
      expect(ids(await q({ orgUnits: ["4601"] }))).toEqual(["4", "5"]);
      expect(ids(await q({ periods: ["2025"] }))).toEqual(["2", "3", "4"]);
      expect(ids(await q({ dataElements: ["b"] }))).toEqual(["3", "5"]);
      expect(ids(await q({ orgUnits: ["46"], periods: ["2025"], dataElements: ["a"] }))).toEqual(["2"]);
      expect(ids(await q({ orgUnits: ["46", "4601"], periods: ["2024", "2024Q4"] }))).toEqual(["1", "5"]);
      expect(await q({ orgUnits: [] })).toEqual([]);
      expect(await q({ orgUnits: ["99"] })).toEqual([]);
    });

    it("query returns whole stored rows", async () => {
      await seed();
      const rows = byKey(await store().dataValues.query({ orgUnits: ["4601"] }));
      expect(rows[0]).toEqual({
        ...key("a", "4601", "2025"),
        value: "4",
        comment: null,
        storedBy: "u-lan",
        updatedAt: AT_1,
        version: 1,
      });
    });

    it("a value's audit history gives old and new value, who, when, why and version, oldest first", async () => {
      const k = key("a");
      await store().dataValues.writeBatch([put(k, "12")], META_1);
      await store().dataValues.writeBatch([put(k, "15", { expectedVersion: 1 })], META_2);
      await store().dataValues.writeBatch([put(k, null)], META_3);
      const audit = await store().dataValues.auditOfValue(k);
      expect(audit.map(({ id: _id, ...rest }) => rest)).toEqual([
        {
          key: k,
          oldValue: null,
          newValue: "12",
          changedBy: "u-lan",
          changedAt: AT_1,
          reason: "Nhập số liệu quý 4",
          version: 1,
        },
        {
          key: k,
          oldValue: "12",
          newValue: "15",
          changedBy: "u-minh",
          changedAt: AT_2,
          reason: "Sửa theo biên bản kiểm tra",
          version: 2,
        },
        {
          key: k,
          oldValue: "15",
          newValue: null,
          changedBy: "u-lan",
          changedAt: AT_3,
          reason: null,
          version: 0,
        },
      ]);
      const auditIds = audit.map((e) => e.id);
      expect([...auditIds].sort((x, y) => x - y)).toEqual(auditIds);
      expect(new Set(auditIds).size).toBe(3);
    });

    it("a value's history is its own: other values and disaggregations are not in it", async () => {
      await store().dataValues.writeBatch(
        [put(key("a"), "1"), put(key("a", "46", "2025", "male"), "2"), put(key("b"), "3")],
        META_1,
      );
      const audit = await store().dataValues.auditOfValue(key("a"));
      expect(audit.map((e) => e.newValue)).toEqual(["1"]);
    });

    it("a unit's audit history lists every change to its values, oldest first, and only its own", async () => {
      await seed();
      await store().dataValues.writeBatch([put(key("b", "46", "2025"), "30")], META_2);
      await store().dataValues.writeBatch([put(key("a", "4601", "2025"), "40")], META_2);
      await store().dataValues.writeBatch([put(key("a", "46", "2024"), null)], META_3);
      const audit = await store().dataValues.auditOfUnit("46");
      expect(audit.map((e) => [e.key.dataElement, e.key.period, e.oldValue, e.newValue])).toEqual([
        ["a", "2024", null, "1"],
        ["a", "2025", null, "2"],
        ["b", "2025", null, "3"],
        ["b", "2025", "3", "30"],
        ["a", "2024", "1", null],
      ]);
      expect(audit.every((e) => e.key.orgUnit === "46")).toBe(true);
      expect(await store().dataValues.auditOfUnit("nowhere")).toEqual([]);
    });

    it("dataVersion is 0 when empty and counts every committed change", async () => {
      expect(await store().dataValues.dataVersion()).toBe(0);
      await seed();
      expect(await store().dataValues.dataVersion()).toBe(5);
      await store().dataValues.writeBatch(
        [put(key("a", "46", "2024"), "1"), put(key("b", "46", "2025"), "9")],
        META_2,
      );
      expect(await store().dataValues.dataVersion()).toBe(6);
      await store().dataValues.writeBatch([put(key("b", "46", "2025"), "1", { expectedVersion: 9 })], META_2);
      expect(await store().dataValues.dataVersion()).toBe(6);
    });
  });
}
