import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

describe("pctm db migrate", () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-db-"));
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates ./data/pctm.sqlite at the latest schema, then has nothing left to do", async () => {
    const first = await runCli(["db", "migrate"], dir);
    expect(first.code).toBe(0);
    expect(first.out).toContain(`Cơ sở dữ liệu: ${join(dir, "data", "pctm.sqlite")} (SQLite)`);
    expect(first.out).toMatch(/Lược đồ: phiên bản 0 → \d+\. Đã áp dụng:\n {2}1\. initial\n/);
    const again = await runCli(["db", "migrate", "--json"], dir);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.out) as { from: number; to: number; applied: unknown[]; engine: string };
    expect(report).toMatchObject({ engine: "sqlite", applied: [] });
    expect(report.from).toBe(report.to);
  });

  it("an unreachable PostgreSQL server is STORE_UNAVAILABLE, exit 1, without the password", async () => {
    process.env.DATABASE_URL = "postgres://pctm:secret-pw@127.0.0.1:1/pctm";
    try {
      const refused = await runCli(["db", "migrate"], dir);
      expect(refused.code).toBe(1);
      expect(refused.err).toContain("[STORE_UNAVAILABLE]");
      expect(refused.err).not.toContain("secret-pw");
      expect(refused.out).toBe("");
    } finally {
      delete process.env.DATABASE_URL;
    }
  });

  it("rejects unknown arguments and names its subcommands", async () => {
    expect((await runCli(["db", "migrate", "extra"], dir)).code).toBe(2);
    const bare = await runCli(["db"], dir);
    expect(bare.code).toBe(2);
    expect(bare.err).toContain("migrate");
  });
});
