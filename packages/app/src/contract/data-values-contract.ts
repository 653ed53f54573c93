import { describe, expect, it } from "vitest";
import { AT_1, AT_2, byKey, key, META_1, META_2, put } from "./fixtures.js";
import { type MakeStore, useStore } from "./use-store.js";

/** Writing values: exactness, versions, conflicts and all-or-nothing batches. */
export function describeDataValueWrites(makeStore: MakeStore): void {
  describe("data values: writes", () => {
    const store = useStore(makeStore);

    it("reads back exactly the text written: integers beyond 2^53, long decimals, money, signs", async () => {
      const exact = [
        "9007199254740993",
        "123456789012345678901234567890",
        "0.1",
        "7.50",
        "1234567.89",
        "-3",
        "0",
        "0.000000000000000000000000001",
      ];
      const writes = exact.map((value, i) => put(key(`de_${i}`), value));
      const result = await store().dataValues.writeBatch(writes, META_1);
      expect(result.ok).toBe(true);
      for (const [i, value] of exact.entries()) {
        expect((await store().dataValues.get(key(`de_${i}`)))?.value).toBe(value);
      }
      const all = await store().dataValues.query({});
      expect(byKey(all).map((v) => v.value)).toEqual(
        byKey(writes.map((w) => ({ ...w, value: w.value as string }))).map((w) => w.value),
      );
    });

    it("creates a value at version 1 with who, when and the comment (Vietnamese text unchanged)", async () => {
      const comment = "Số liệu của Công an xã Phú Lộc, đã đối chiếu";
      const result = await store().dataValues.writeBatch([put(key("a"), "12", { comment })], META_1);
      expect(result).toEqual({ ok: true, written: [{ key: key("a"), outcome: "created", version: 1 }] });
      expect(await store().dataValues.get(key("a"))).toEqual({
        ...key("a"),
        value: "12",
        comment,
        storedBy: "u-lan",
        updatedAt: AT_1,
        version: 1,
      });
    });

    it("an absent value reads as undefined", async () => {
      expect(await store().dataValues.get(key("nothing"))).toBeUndefined();
    });

    it("keeps disaggregations of one figure apart", async () => {
      await store().dataValues.writeBatch(
        [put(key("a", "46", "2025", "male"), "3"), put(key("a"), "5")],
        META_1,
      );
      expect((await store().dataValues.get(key("a", "46", "2025", "male")))?.value).toBe("3");
      expect((await store().dataValues.get(key("a")))?.value).toBe("5");
    });

    it("an update raises the version by one and records the new writer", async () => {
      await store().dataValues.writeBatch([put(key("a"), "12")], META_1);
      const result = await store().dataValues.writeBatch(
        [put(key("a"), "13", { expectedVersion: 1 })],
        META_2,
      );
      expect(result).toEqual({ ok: true, written: [{ key: key("a"), outcome: "updated", version: 2 }] });
      const stored = await store().dataValues.get(key("a"));
      expect(stored).toMatchObject({ value: "13", version: 2, storedBy: "u-minh", updatedAt: AT_2 });
    });

    it("an unchanged write keeps the version, the writer and the time, and adds no audit entry", async () => {
      await store().dataValues.writeBatch([put(key("a"), "12", { comment: "ghi chú" })], META_1);
      const before = await store().dataValues.dataVersion();
      const result = await store().dataValues.writeBatch(
        [put(key("a"), "12", { comment: "ghi chú" })],
        META_2,
      );
      expect(result).toEqual({ ok: true, written: [{ key: key("a"), outcome: "unchanged", version: 1 }] });
      expect(await store().dataValues.get(key("a"))).toMatchObject({
        version: 1,
        storedBy: "u-lan",
        updatedAt: AT_1,
      });
      expect(await store().dataValues.auditOfValue(key("a"))).toHaveLength(1);
      expect(await store().dataValues.dataVersion()).toBe(before);
    });

    it("an absent comment keeps the stored one; null clears it (a change)", async () => {
      await store().dataValues.writeBatch([put(key("a"), "12", { comment: "giữ" })], META_1);
      const same = await store().dataValues.writeBatch([put(key("a"), "12")], META_2);
      expect(same.ok && same.written[0]?.outcome).toBe("unchanged");
      expect((await store().dataValues.get(key("a")))?.comment).toBe("giữ");
      const cleared = await store().dataValues.writeBatch([put(key("a"), "12", { comment: null })], META_2);
      expect(cleared.ok && cleared.written[0]).toEqual({ key: key("a"), outcome: "updated", version: 2 });
      expect((await store().dataValues.get(key("a")))?.comment).toBeNull();
    });

    it("refuses a stale version and names the stored version and value", async () => {
      await store().dataValues.writeBatch([put(key("a"), "12")], META_1);
      await store().dataValues.writeBatch([put(key("a"), "13", { expectedVersion: 1 })], META_2);
      const result = await store().dataValues.writeBatch(
        [put(key("a"), "99", { expectedVersion: 1 })],
        META_1,
      );
      expect(result).toEqual({
        ok: false,
        conflicts: [{ key: key("a"), expectedVersion: 1, actualVersion: 2, storedValue: "13" }],
      });
      expect((await store().dataValues.get(key("a")))?.value).toBe("13");
    });

    it("expectedVersion null refuses an existing value; a number refuses an absent one", async () => {
      await store().dataValues.writeBatch([put(key("a"), "12")], META_1);
      const exists = await store().dataValues.writeBatch(
        [put(key("a"), "1", { expectedVersion: null })],
        META_1,
      );
      expect(exists).toEqual({
        ok: false,
        conflicts: [{ key: key("a"), expectedVersion: null, actualVersion: 1, storedValue: "12" }],
      });
      const absent = await store().dataValues.writeBatch(
        [put(key("b"), "1", { expectedVersion: 3 })],
        META_1,
      );
      expect(absent).toEqual({
        ok: false,
        conflicts: [{ key: key("b"), expectedVersion: 3, actualVersion: null, storedValue: null }],
      });
      const fresh = await store().dataValues.writeBatch(
        [put(key("b"), "1", { expectedVersion: null })],
        META_1,
      );
      expect(fresh.ok).toBe(true);
    });

    it("a batch with one conflict writes nothing at all and lists every conflict", async () => {
      await store().dataValues.writeBatch(
        [put(key("a"), "1"), put(key("b"), "2"), put(key("c"), "3")],
        META_1,
      );
      const dataVersion = await store().dataValues.dataVersion();
      const result = await store().dataValues.writeBatch(
        [
          put(key("a"), "10", { expectedVersion: 1 }),
          put(key("b"), "20", { expectedVersion: 5 }),
          put(key("new"), "7"),
          put(key("c"), null, { expectedVersion: 1 }),
          put(key("a", "4601"), "8", { expectedVersion: 2 }),
        ],
        META_2,
      );
      expect(result.ok).toBe(false);
      expect(!result.ok && result.conflicts.map((c) => c.key.dataElement + c.key.orgUnit)).toEqual([
        "b46",
        "a4601",
      ]);
      expect((await store().dataValues.get(key("a")))?.value).toBe("1");
      expect(await store().dataValues.get(key("new"))).toBeUndefined();
      expect((await store().dataValues.get(key("c")))?.value).toBe("3");
      expect(await store().dataValues.dataVersion()).toBe(dataVersion);
      expect(await store().dataValues.auditOfUnit("46")).toHaveLength(3);
    });

    it("deletes a value (version 0), and deleting an absent value changes nothing", async () => {
      await store().dataValues.writeBatch([put(key("a"), "12")], META_1);
      const deleted = await store().dataValues.writeBatch(
        [put(key("a"), null, { expectedVersion: 1 })],
        META_2,
      );
      expect(deleted).toEqual({ ok: true, written: [{ key: key("a"), outcome: "deleted", version: 0 }] });
      expect(await store().dataValues.get(key("a"))).toBeUndefined();
      expect(await store().dataValues.query({})).toEqual([]);
      const again = await store().dataValues.writeBatch([put(key("a"), null)], META_2);
      expect(again).toEqual({ ok: true, written: [{ key: key("a"), outcome: "unchanged", version: 0 }] });
      const recreated = await store().dataValues.writeBatch(
        [put(key("a"), "5", { expectedVersion: null })],
        META_2,
      );
      expect(recreated.ok && recreated.written[0]).toEqual({ key: key("a"), outcome: "created", version: 1 });
    });

    it("a key written twice in one batch sees its own earlier write", async () => {
      const result = await store().dataValues.writeBatch(
        [put(key("a"), "1"), put(key("a"), "2", { expectedVersion: 1 })],
        META_1,
      );
      expect(result.ok && result.written.map((w) => [w.outcome, w.version])).toEqual([
        ["created", 1],
        ["updated", 2],
      ]);
      expect((await store().dataValues.get(key("a")))?.value).toBe("2");
    });

    it("a large batch lands whole (2 000 values)", async () => {
      const writes = Array.from({ length: 2000 }, (_, i) => put(key("big", `u${i}`), String(i * 7)));
      const result = await store().dataValues.writeBatch(writes, META_1);
      expect(result.ok && result.written.length).toBe(2000);
      expect(await store().dataValues.query({ dataElements: ["big"] })).toHaveLength(2000);
      expect(await store().dataValues.dataVersion()).toBe(2000);
    });

    it("parallel writers naming the same version: exactly one lands, the others conflict", async () => {
      await store().dataValues.writeBatch([put(key("a"), "0")], META_1);
      const attempts = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store().dataValues.writeBatch([put(key("a"), String(i + 1), { expectedVersion: 1 })], META_2),
        ),
      );
      expect(attempts.filter((r) => r.ok)).toHaveLength(1);
      expect(attempts.filter((r) => !r.ok)).toHaveLength(7);
      expect((await store().dataValues.get(key("a")))?.version).toBe(2);
      expect(await store().dataValues.auditOfValue(key("a"))).toHaveLength(2);
    });

    it("keeps AT_1 and AT_2 apart (timestamps read back exactly)", async () => {
      await store().dataValues.writeBatch([put(key("a"), "1")], META_1);
      await store().dataValues.writeBatch([put(key("b"), "1")], META_2);
      expect((await store().dataValues.get(key("a")))?.updatedAt).toBe(AT_1);
      expect((await store().dataValues.get(key("b")))?.updatedAt).toBe(AT_2);
    });
  });
}
