import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

describe("users, tokens, submissions and campaign status on the local database", () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-workflow-"));
  const saved = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    rmSync(dir, { recursive: true, force: true });
  });

  it("creates a user and a token shown once, lists it without its secret, revokes it", async () => {
    const user = await runCli(
      ["user", "create", "--name", "ca-hue", "--role", "approver", "--scope", "46", "--json"],
      dir,
    );
    expect(user.code, user.err).toBe(0);
    expect(JSON.parse(user.out)).toMatchObject({ name: "ca-hue", role: "approver", scopeUnit: "46" });
    const made = await runCli(["token", "create", "--user", "ca-hue", "--json"], dir);
    expect(made.code, made.err).toBe(0);
    const { token, secret } = JSON.parse(made.out) as { token: { id: string }; secret: string };
    const listed = await runCli(["token", "list"], dir);
    expect(listed.out).toContain(token.id);
    expect(listed.out).not.toContain(secret);
    expect((await runCli(["token", "revoke", token.id], dir)).code).toBe(0);
    const wider = await runCli(["token", "create", "--user", "ca-hue", "--role", "admin"], dir);
    expect([wider.code, wider.err]).toEqual([
      2,
      expect.stringContaining("[ACCESS_TOKEN_WIDER_THAN_USER]: --role"),
    ]);
  });

  it("walks a submission: submit, approve, the status says so; a second approval is a conflict (exit 1)", async () => {
    const base = ["--campaign", "r-000", "--unit", "478"];
    expect((await runCli(["submission", "submit", ...base], dir)).code).toBe(0);
    const approved = await runCli(["submission", "approve", ...base], dir);
    expect([approved.code, approved.out]).toEqual([0, expect.stringContaining("đã duyệt")]);
    const again = await runCli(["submission", "approve", ...base], dir);
    expect([again.code, again.err]).toEqual([1, expect.stringContaining("[SUBMISSION_STATE_INVALID]")]);
    const noReason = await runCli(["submission", "return", ...base], dir);
    expect([noReason.code, noReason.err]).toEqual([2, expect.stringContaining("[MISSING_OPTION]")]);
    const status = await runCli(["campaign", "status", "r-000", "--as-of", "2020-06-10", "--json"], dir);
    expect(status.code, status.err).toBe(0);
    const parsed = JSON.parse(status.out) as {
      deadlines: { counts: Record<string, number>; workingDaysLeft: number }[];
    };
    expect(parsed.deadlines[0]?.counts).toMatchObject({ expected: 9, approved: 1 });
    const text = await runCli(["campaign", "status", "r-000", "--as-of", "2020-06-10"], dir);
    expect(text.out).toContain("còn 3 ngày làm việc");
    const unknown = await runCli(["campaign", "status", "r-999"], dir);
    expect([unknown.code, unknown.err]).toEqual([2, expect.stringContaining("[CAMPAIGN_NOT_FOUND]")]);
  });

  it("evaluates a plan from a data file, and refuses a repeated single-value option", async () => {
    const data = join(ROOT, "examples/can-tho-2019/data.json");
    const r = await runCli(
      ["evaluate", "--plan", "can-tho-424", "--unit", "92", "--period", "2019", "--data", data],
      dir,
    );
    expect(r.code, r.err).toBe(0);
    const old = await runCli(
      ["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "92", "--period", "2019", "--data", data],
      dir,
    );
    expect(r.out).toBe(old.out);
    const twice = await runCli(
      ["evaluate", "--plan", "a", "--plan", "b", "--unit", "92", "--period", "2019"],
      dir,
    );
    expect([twice.code, twice.err]).toEqual([2, expect.stringContaining("[OPTION_REPEATED]: --plan")]);
  });
});
