import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppContext, createMemoryStore, createToken, fixedClock, LOCAL_OPERATOR } from "@pctm/app";
import { createRestApp } from "@pctm/rest";
import { describe, expect, it, onTestFinished } from "vitest";
import { createRestBackend } from "./rest-backend.js";

/** The real Hono service on the memory store, called in-process through its fetch handler. */
async function serviceBackend(scopeUnit = "92") {
  const store = createMemoryStore();
  const ctx = createAppContext({ store, clock: fixedClock("2026-12-05T03:00:00.000Z") });
  await store.access.createUser({
    id: "u-can-tho",
    name: "can-tho",
    displayName: "Cán bộ Cần Thơ",
    role: "approver",
    scopeUnit,
    createdAt: "2026-12-01T00:00:00.000Z",
  });
  const token = await createToken(ctx, LOCAL_OPERATOR, { user: "u-can-tho", label: "tui" });
  if (!token.ok) throw new Error(token.errors[0]?.message);
  const app = createRestApp({ ctx });
  const reportDir = mkdtempSync(join(tmpdir(), "pctm-tui-rest-"));
  onTestFinished(() => rmSync(reportDir, { recursive: true, force: true }));
  const backend = createRestBackend({
    baseUrl: "http://service.test",
    token: token.value.secret,
    reportDir,
    fetch: async (url, init) => app.request(url.replace("http://service.test", ""), init),
  });
  return { backend, ctx, reportDir };
}

describe("REST back end", () => {
  it("runs the operator's flow against the service: status, a commune's figure, the verdict, submit", async () => {
    const { backend } = await serviceBackend();
    const status = await backend.campaignStatus("r-002");
    expect(status.ok && status.value.units.map((u) => u.status)).toContain("missing");
    const form = await backend.dataForm("r-002", "31177", "2019");
    expect(form.ok && form.value.fields.find((f) => f.dataElement === "hotspots_new")?.version).toBeNull();
    const saved = await backend.saveValues("r-002", "31177", "2019", [
      { dataElement: "hotspots_new", value: "1", expectedVersion: null },
    ]);
    expect(saved).toMatchObject({ ok: true, value: { kind: "saved", changed: 1 } });
    const targets = await backend.targets("r-002", "92", "2019");
    const target = targets.ok ? targets.value.find((t) => t.targetId === "424ct-2b") : undefined;
    expect(target?.verdictLabel).toBe("Không đạt");
    expect(target?.series.map((s) => s.value)).toEqual([null, null, 1, null]);
    const stale = await backend.saveValues("r-002", "31177", "2019", [
      { dataElement: "hotspots_new", value: "2", expectedVersion: null },
    ]);
    expect(stale).toMatchObject({
      ok: true,
      value: { kind: "conflict", conflicts: [{ mine: "2", theirs: "1", theirVersion: 1 }] },
    });
    const submitted = await backend.transition("r-002", "31177", "submit");
    expect(submitted.ok && submitted.value.state).toBe("submitted");
    const read = await backend.submission("r-002", "31177");
    expect(read.ok && read.value.state).toBe("submitted");
    const history = await backend.audit({ dataElement: "hotspots_new", orgUnit: "31177", period: "2019" });
    expect(history.ok && history.value.map((h) => h.newValue)).toEqual(["1"]);
  });

  it("answers with the service's own issues, and says what it cannot do over HTTP yet", async () => {
    const { backend } = await serviceBackend();
    const outside = await backend.saveValues("r-000", "478", "2019", [
      { dataElement: "hotspots_new", value: "1", expectedVersion: null },
    ]);
    expect(!outside.ok && outside.errors[0]?.code).toBe("ACCESS_OUT_OF_SCOPE");
    const narratives = await backend.narratives("r-000", "478");
    expect(!narratives.ok && narratives.errors[0]?.code).toBe("TUI_API_UNSUPPORTED");
  });

  it("renders a report through the service and writes the file here", async () => {
    const { backend, reportDir } = await serviceBackend("46");
    const steps: number[] = [];
    const made = await backend.renderReport("r-000", "478", "md", (fraction) => steps.push(fraction));
    if (!made.ok) throw new Error(made.errors[0]?.message);
    expect(made.value.path).toBe(join(reportDir, "r-000-478.md"));
    expect(readFileSync(made.value.path, "utf8")).toContain("Phú Vang");
    expect(steps.at(-1)).toBe(1);
    const docx = await backend.renderReport("r-000", "478", "docx", () => {});
    if (!docx.ok) throw new Error(docx.errors[0]?.message);
    expect(readFileSync(docx.value.path).subarray(0, 2).toString("latin1")).toBe("PK");
  }, 60_000);
});
