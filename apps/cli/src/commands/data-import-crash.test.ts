import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openStore } from "@pctm/store";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIG_COMMENT, writeBigImportFile } from "../testing/big-import-file.js";
import { describePostgres, type PostgresTarget, withClient } from "../testing/postgres-target.js";

const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
/** 30 months of the Huế example: about 63 000 values, a write transaction of a second or more. */
const MONTHS = 30;
/** When to kill, after the write transaction was seen open: at once, and a little later. */
// Inside the open write at once, and a little later into it (more delays added CI minutes, no new case).
const DELAYS_MS = [0, 300];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Run {
  readonly child: ChildProcess;
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The real command, `pctm data import <file>`, on the database `url` names. */
function startImport(file: string, url: string, cwd: string): Run {
  const child = spawn(process.execPath, [BIN, "data", "import", file], {
    cwd,
    env: { ...process.env, DATABASE_URL: url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let err = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    err += chunk.toString("utf8");
  });
  child.stdout?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on("exit", (code, signal) => done({ code, signal })),
  );
  return { child, stderr: () => err, exited };
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** How much of the file's batch the database holds, read by a fresh process-local store. */
async function storedBatch(url: string) {
  const opened = await openStore({ url });
  if (!opened.ok) throw new Error(opened.errors[0]?.message);
  const store = opened.value;
  try {
    const values = (await store.dataValues.query({})).filter((v) => v.comment === BIG_COMMENT);
    const audit = await store.dataValues.auditOfUnit(values[0]?.orgUnit ?? "20044");
    return {
      values: values.length,
      audited: audit.length > 0,
      dataVersion: await store.dataValues.dataVersion(),
    };
  } finally {
    await store.close();
  }
}

interface Engine {
  readonly url: string;
  /** Is the import's write transaction open right now (it holds the write lock, or has written)? */
  readonly inWriteTransaction: () => Promise<boolean>;
  /** Waits until the database has let go of a killed import (PostgreSQL: its sessions are gone). */
  readonly released: () => Promise<void>;
}

/**
 * Kills `pctm data import` with SIGKILL at several moments — while it still reads the file, and at
 * several delays after its write transaction is seen open — each time on a fresh database, and after
 * each kill opens the database again: the batch is wholly there (it committed before the kill) or
 * wholly absent. At least one kill must land inside the transaction (seen open just before the kill,
 * absent after). Then, on the last killed database, an import left alone lands whole.
 */
async function crashAndCheck(fresh: () => Promise<Engine>, file: string, total: number, cwd: string) {
  const whole = { values: total, audited: true, dataVersion: total };
  const absent = { values: 0, audited: false, dataVersion: 0 };
  const landedInside: number[] = [];

  let engine = await fresh();
  const early = startImport(file, engine.url, cwd);
  await until(() => /Đọc tệp/.test(early.stderr()), 60_000, "the import to start reading");
  early.child.kill("SIGKILL");
  expect((await early.exited).signal).toBe("SIGKILL");
  await engine.released();
  expect(await storedBatch(engine.url)).toEqual(absent);

  for (const delay of DELAYS_MS) {
    engine = await fresh();
    const run = startImport(file, engine.url, cwd);
    let gone = false;
    void run.exited.then(() => {
      gone = true;
    });
    const current = engine;
    await until(() => gone || /Ghi số liệu/.test(run.stderr()), 300_000, "the write phase");
    await until(async () => gone || (await current.inWriteTransaction()), 60_000, "the write transaction");
    await sleep(delay);
    const openAtKill = !gone && (await engine.inWriteTransaction());
    run.child.kill("SIGKILL");
    const exit = await run.exited;
    await engine.released();
    const found = await storedBatch(engine.url);
    if (found.values === 0) expect(found).toEqual(absent);
    else expect(found).toEqual(whole);
    if (exit.signal === "SIGKILL" && openAtKill && found.values === 0) landedInside.push(delay);
  }
  console.info(`kills inside the open write transaction: ${landedInside.map((d) => `+${d} ms`).join(", ")}`);
  expect(landedInside.length).toBeGreaterThan(0);

  // The last database may hold nothing or the whole batch; either way a new import completes it.
  const alone = startImport(file, engine.url, cwd);
  const exit = await alone.exited;
  expect(alone.stderr()).not.toMatch(/Lỗi/);
  expect(exit.code).toBe(0);
  expect(await storedBatch(engine.url)).toEqual(whole);
  return landedInside;
}

describe("pctm data import killed with SIGKILL (real CLI)", { timeout: 900_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-crash-"));
  const file = join(dir, "big.json");
  let total = 0;
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("build the CLI first (npx turbo run build --filter=@pctm/cli)");
    total = writeBigImportFile(file, MONTHS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("SQLite: each batch is wholly there or wholly absent after the kill", async () => {
    let n = 0;
    const databases: string[] = [];
    const fresh = async (): Promise<Engine> => {
      n += 1;
      const db = join(dir, `crash-${n}.sqlite`);
      databases.push(db);
      // The import holds the write lock while its transaction is open: a second writer is refused.
      const inWriteTransaction = async () => {
        if (!existsSync(db)) return false;
        const handle = new Database(db);
        try {
          handle.pragma("busy_timeout = 0");
          handle.exec("BEGIN IMMEDIATE; ROLLBACK");
          return false;
        } catch {
          return true;
        } finally {
          handle.close();
        }
      };
      return { url: db, inWriteTransaction, released: async () => undefined };
    };
    const landed = await crashAndCheck(fresh, file, total, dir);
    expect(landed.length).toBeGreaterThan(0);
    for (const db of databases) {
      const check = new Database(db, { readonly: true });
      expect(check.pragma("integrity_check", { simple: true })).toBe("ok");
      check.close();
    }
  });
});

describePostgres("pctm data import killed with SIGKILL (real CLI, PostgreSQL)", (fresh) => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-crash-pg-"));
  const file = join(dir, "big.json");
  let total = 0;
  beforeAll(() => {
    if (!existsSync(BIN)) throw new Error("build the CLI first (npx turbo run build --filter=@pctm/cli)");
    total = writeBigImportFile(file, MONTHS);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("PostgreSQL: each batch is wholly there or wholly absent after the kill", {
    timeout: 900_000,
  }, async () => {
    const engineOn = (target: PostgresTarget): Engine => {
      // The import's transaction is open once it has an id: it has locked or written a row.
      const inWriteTransaction = () =>
        withClient(target.server, async (client) => {
          const found = await client.query<{ n: string }>(
            "select count(*) as n from pg_stat_activity where application_name = $1 and backend_xid is not null",
            [target.application],
          );
          return Number(found.rows[0]?.n ?? 0) > 0;
        });
      const released = () =>
        until(
          () =>
            withClient(target.server, async (client) => {
              const found = await client.query<{ n: string }>(
                "select count(*) as n from pg_stat_activity where application_name = $1",
                [target.application],
              );
              return Number(found.rows[0]?.n ?? 0) === 0;
            }),
          60_000,
          "the server to drop the killed import's connections",
        );
      return { url: target.url, inWriteTransaction, released };
    };
    const landed = await crashAndCheck(async () => engineOn(await fresh()), file, total, dir);
    expect(landed.length).toBeGreaterThan(0);
  });
});
