import { type Kysely, sql } from "kysely";
import type { Engine } from "./engine/engine.js";
import type { Database } from "./schema/database.js";

/**
 * Runs `work` in one write transaction and commits it, or rolls back when it throws. On SQLite the
 * transaction is BEGIN IMMEDIATE: it takes the write lock first, so what it reads cannot change before
 * it writes (other processes wait, up to the busy timeout). On PostgreSQL the work locks the rows it
 * reads (SELECT … FOR UPDATE); two writers creating the same row, or locking rows in opposite orders,
 * make one fail with a unique violation or a deadlock, and that transaction is run again from the start
 * — where it now sees the other's committed write (and reports a version conflict if it named one).
 */
export async function inWriteTransaction<T>(
  db: Kysely<Database>,
  engine: Engine,
  work: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.connection().execute(async (conn) => {
        await sql.raw(engine === "sqlite" ? "begin immediate" : "begin").execute(conn);
        try {
          const result = await work(conn);
          await sql.raw("commit").execute(conn);
          return result;
        } catch (error) {
          await sql
            .raw("rollback")
            .execute(conn)
            .catch(() => undefined);
          throw error;
        }
      });
    } catch (error) {
      if (attempt >= 10 || !isRetryable(error)) throw error;
      await new Promise((done) => setTimeout(done, Math.floor(Math.random() * 20 * attempt)));
    }
  }
}

/** unique_violation, deadlock_detected, serialization_failure (PostgreSQL); SQLITE_BUSY. */
function isRetryable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "40P01" || code === "40001" || code === "SQLITE_BUSY";
}
