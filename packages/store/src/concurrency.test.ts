import { describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import { describePostgres } from "./testing/postgres-suite.js";
import { spawnChild } from "./testing/spawn-child.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

const WRITERS = 4;
const ROUNDS = 25;
const KEYS = 3;

/**
 * Several processes each read the same counters and write them back plus one, naming the version
 * they read. No update may be lost: every attempt lands or gets a conflict, each counter's value and
 * version equal the writes that landed, and its history has one entry per landed write.
 */
async function runWriters(url: string, schema: string | undefined) {
  const opened = await openStore({ url, schema });
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  await opened.value.close();
  const children = Array.from({ length: WRITERS }, () =>
    spawnChild(["increment", url, schema ?? "-", String(ROUNDS), String(KEYS)]),
  );
  const exits = await Promise.all(children.map((c) => c.exited));
  expect(exits.map((e) => e.code)).toEqual(children.map(() => 0));
  const reports = children.map((c) => c.lines.at(-1) as { landed: number; conflicts: number });
  const landed = reports.reduce((sum, r) => sum + r.landed, 0);
  const conflicts = reports.reduce((sum, r) => sum + r.conflicts, 0);
  expect(landed + conflicts).toBe(WRITERS * ROUNDS);

  const reopened = await openStore({ url, schema });
  if (!reopened.ok) throw new Error(reopened.errors[0]?.message);
  const store = reopened.value;
  try {
    for (let i = 0; i < KEYS; i += 1) {
      const key = { dataElement: "counter", period: "2025", orgUnit: `u${i}`, categoryOptionCombo: "" };
      const stored = await store.dataValues.get(key);
      expect(stored?.value).toBe(String(landed));
      expect(stored?.version).toBe(landed);
      expect(await store.dataValues.auditOfValue(key)).toHaveLength(landed);
    }
    expect(await store.dataValues.dataVersion()).toBe(landed * KEYS);
  } finally {
    await store.close();
  }
  return { landed, conflicts };
}

const CREATED = 60;

/**
 * Several processes create the same new values at once, each naming "must not exist yet". Exactly one
 * writer lands each value and the stored value is that writer's; the others get a conflict. (An
 * upsert in the store once let two creations both land, one silently overwriting the other.)
 */
async function runCreators(url: string, schema: string | undefined) {
  const opened = await openStore({ url, schema });
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  await opened.value.close();
  const children = Array.from({ length: WRITERS }, () =>
    spawnChild(["create", url, schema ?? "-", String(CREATED)]),
  );
  const exits = await Promise.all(children.map((c) => c.exited));
  expect(exits.map((e) => e.code)).toEqual(children.map(() => 0));
  const reports = children.map((c) => c.lines.at(-1) as { pid: number; landed: number[] });
  const reopened = await openStore({ url, schema });
  if (!reopened.ok) throw new Error(reopened.errors[0]?.message);
  const store = reopened.value;
  try {
    for (let i = 0; i < CREATED; i += 1) {
      const landers = reports.filter((r) => r.landed.includes(i)).map((r) => String(r.pid));
      expect(landers, `value u${i}: one writer lands`).toHaveLength(1);
      const stored = await store.dataValues.get({
        dataElement: "created",
        period: "2025",
        orgUnit: `u${i}`,
        categoryOptionCombo: "",
      });
      expect(stored).toMatchObject({ value: landers[0], version: 1 });
    }
  } finally {
    await store.close();
  }
}

describe("concurrency: parallel writers on the same values (SQLite)", () => {
  const nextFile = tempSqliteFiles();
  it("loses no update: every write lands or conflicts", { timeout: 120_000 }, async () => {
    const { landed } = await runWriters(nextFile(), undefined);
    expect(landed).toBeGreaterThan(0);
  });
  it("lets one writer create each new value", { timeout: 120_000 }, async () => {
    await runCreators(nextFile(), undefined);
  });
});

describePostgres("concurrency: parallel writers on the same values (PostgreSQL)", (fresh) => {
  it("loses no update: every write lands or conflicts", { timeout: 120_000 }, async () => {
    const target = fresh();
    const { landed } = await runWriters(target.url, target.schema);
    expect(landed).toBeGreaterThan(0);
  });
  it("lets one writer create each new value", { timeout: 120_000 }, async () => {
    const target = fresh();
    await runCreators(target.url, target.schema);
  });
});
