import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createAppContext, createToken, createUser, LOCAL_OPERATOR, searchUnits } from "@pctm/app";
import { openStore } from "@pctm/store";
import { afterAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "pctm-crash-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(file: string) {
  const opened = await openStore({ url: file });
  if (!opened.ok) throw new Error(opened.errors.map((e) => e.message).join("; "));
  return opened.value;
}

/** A token for an editor of the province, written straight into the database before the server starts. */
async function prepare(file: string): Promise<{ token: string; rows: object[] }> {
  const store = await open(file);
  try {
    const ctx = createAppContext({ store });
    await createUser(ctx, LOCAL_OPERATOR, { name: "editor", role: "editor", scopeUnit: "46" });
    const token = await createToken(ctx, LOCAL_OPERATOR, { user: "editor" });
    if (!token.ok) throw new Error("no token");
    const communes = await searchUnits(ctx, LOCAL_OPERATOR, { under: "46", level: 3 });
    if (!communes.ok) throw new Error("no communes");
    const elements = ["addicts_registered", "addicts_removed", "drug_cases_detected", "hotspots_new"];
    const rows = communes.value.units.flatMap((unit) =>
      elements.flatMap((dataElement) =>
        Array.from({ length: 30 }, (_, i) => ({
          dataElement,
          period: String(1996 + i),
          orgUnit: unit.code,
          value: String(i + 1),
        })),
      ),
    );
    return { token: token.value.secret, rows };
  } finally {
    await store.close();
  }
}

function startChild(file: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN], {
      env: { ...process.env, PORT: "0", DATABASE_URL: file, PCTM_DEMO: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stderr?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stdout?.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      const url = /PCTM REST service: (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before listening: ${out}`)));
  });
}

/**
 * SIGKILL the server while it handles a large POST /v1/dataValueSets: after restart the batch is
 * wholly there or wholly absent — never a part.
 */
describe.skipIf(!existsSync(BIN))("a server killed during a large import", () => {
  for (const delayMs of [200, 3000, Number.POSITIVE_INFINITY]) {
    const when = Number.isFinite(delayMs) ? `after ${delayMs} ms` : "once it has answered";
    it(`leaves the batch whole or absent (killed ${when})`, async () => {
      const file = join(dir, `crash-${delayMs}.sqlite`);
      const { token, rows } = await prepare(file);
      expect(rows.length).toBeGreaterThan(3000);
      const { child, url } = await startChild(file);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      const posting = fetch(`${url}/v1/dataValueSets`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ dataValues: rows }),
      }).then(
        (res) => res.status,
        () => "killed" as const,
      );
      // Infinity: kill once the import has answered, so the batch must be wholly there.
      await (Number.isFinite(delayMs) ? new Promise((resolve) => setTimeout(resolve, delayMs)) : posting);
      child.kill("SIGKILL");
      await exited;
      const answer = await posting;
      const store = await open(file);
      try {
        const stored = await store.dataValues.query({
          dataElements: ["addicts_registered", "addicts_removed", "drug_cases_detected", "hotspots_new"],
        });
        expect([0, rows.length]).toContain(stored.length);
        // A batch answered 200 before the kill is wholly there.
        if (answer === 200) expect(stored.length).toBe(rows.length);
        if (!Number.isFinite(delayMs)) expect(answer).toBe(200);
      } finally {
        await store.close();
      }
    }, 120_000);
  }
});
