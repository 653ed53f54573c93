import Database from "better-sqlite3";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openStore } from "./open-store.js";
import { describePostgres, type PostgresTarget } from "./testing/postgres-suite.js";
import { spawnChild, waitFor } from "./testing/spawn-child.js";
import { tempSqliteFiles } from "./testing/temp-sqlite.js";

const BATCH = 30_000;

/** How much of the child's batch is stored, from a freshly opened store; the audit must agree. */
async function storedAfterCrash(options: { url: string; schema?: string }) {
  const opened = await openStore(options);
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  const store = opened.value;
  try {
    const values = await store.dataValues.query({ dataElements: ["crash"] });
    const audit = await store.dataValues.auditOfValue({
      dataElement: "crash",
      period: "2025",
      orgUnit: "u0",
      categoryOptionCombo: "",
    });
    return { values: values.length, audit: audit.length, dataVersion: await store.dataValues.dataVersion() };
  } finally {
    await store.close();
  }
}

function expectWholeOrNothing(found: { values: number; audit: number; dataVersion: number }) {
  if (found.values === 0) expect(found).toEqual({ values: 0, audit: 0, dataVersion: 0 });
  else expect(found).toEqual({ values: BATCH, audit: 1, dataVersion: BATCH });
}

describe("crash: SIGKILL in the middle of a batch (SQLite)", () => {
  const nextFile = tempSqliteFiles();

  it("leaves the batch wholly absent, and the file sound and writable", { timeout: 60_000 }, async () => {
    const file = nextFile();
    const child = spawnChild(["import", file, "-", String(BATCH)]);
    await waitFor(() => child.lines.length > 0, 30_000, "the child to start its batch");
    // The child is inside its transaction when it holds the write lock: a second writer is refused.
    const probe = new Database(file);
    probe.pragma("busy_timeout = 0");
    let sawTransaction = false;
    await waitFor(
      () => {
        try {
          probe.exec("BEGIN IMMEDIATE; ROLLBACK");
          return child.lines.length > 1;
        } catch {
          sawTransaction = true;
          return true;
        }
      },
      30_000,
      "the child's write transaction",
    );
    child.process.kill("SIGKILL");
    const exit = await child.exited;
    expect(exit.signal).toBe("SIGKILL");
    expect(sawTransaction).toBe(true);
    expect(probe.pragma("integrity_check", { simple: true })).toBe("ok");
    probe.close();
    const found = await storedAfterCrash({ url: file });
    expectWholeOrNothing(found);
    // The lock was held when the kill came; only a commit squeezed in between could leave it whole.
    expect(found.values).toBe(0);
    const reopened = await openStore({ url: file });
    expect(reopened.ok && (await reopened.value.dataValues.writeBatch([], { by: "t", at: "x" })).ok).toBe(
      true,
    );
    if (reopened.ok) await reopened.value.close();
  });

  it("a child left alone commits the whole batch", { timeout: 60_000 }, async () => {
    const file = nextFile();
    const child = spawnChild(["import", file, "-", String(BATCH)]);
    expect((await child.exited).code).toBe(0);
    expect(child.lines).toContainEqual({ committed: true });
    expectWholeOrNothing(await storedAfterCrash({ url: file }));
    expect((await storedAfterCrash({ url: file })).values).toBe(BATCH);
  });
});

describePostgres("crash: SIGKILL in the middle of a batch (PostgreSQL)", (fresh) => {
  async function childSessions(
    target: PostgresTarget,
    name: string,
    inTransaction: boolean,
  ): Promise<number> {
    const client = new pg.Client({ connectionString: target.url });
    await client.connect();
    try {
      const found = await client.query<{ n: string }>(
        `select count(*) as n from pg_stat_activity where application_name = $1 ${
          inTransaction ? "and xact_start is not null" : ""
        }`,
        [name],
      );
      return Number(found.rows[0]?.n ?? 0);
    } finally {
      await client.end();
    }
  }

  it("leaves the batch wholly absent once the server has dropped the connection", {
    timeout: 90_000,
  }, async () => {
    const target = fresh();
    const name = `pctm_crash_${process.pid}`;
    const url = `${target.url}${target.url.includes("?") ? "&" : "?"}application_name=${name}`;
    const child = spawnChild(["import", url, target.schema, String(BATCH)]);
    await waitFor(() => child.lines.length > 0, 30_000, "the child to start its batch");
    await waitFor(
      async () => (await childSessions(target, name, true)) > 0,
      30_000,
      "the child's transaction",
    );
    child.process.kill("SIGKILL");
    expect((await child.exited).signal).toBe("SIGKILL");
    await waitFor(
      async () => (await childSessions(target, name, false)) === 0,
      30_000,
      "the server to notice",
    );
    const found = await storedAfterCrash(target);
    expectWholeOrNothing(found);
    expect(found.values).toBe(0);
  });

  it("a child left alone commits the whole batch", { timeout: 90_000 }, async () => {
    const target = fresh();
    const child = spawnChild(["import", target.url, target.schema, String(BATCH)]);
    expect((await child.exited).code).toBe(0);
    expect((await storedAfterCrash(target)).values).toBe(BATCH);
  });
});
