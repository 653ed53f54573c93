import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Result } from "@pctm/domain";
import { afterEach, describe, expect, it } from "vitest";
import type { TuiBackend } from "../backend.js";
import { BACK_ENDS, type BackEndKind, backEndOf } from "../test-support/both-backends.js";

const CAN_THO = "r-002";
const COMMUNE = "31177";
const HUE = "r-000";
const PHU_VANG = "478";

function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.code}: ${e.message}`).join("; "));
  return result.value;
}

const codes = (result: Result<unknown>) => (result.ok ? [] : result.errors.map((e) => e.code));
const field = async (backend: TuiBackend, element: string) =>
  value(await backend.dataForm(CAN_THO, COMMUNE, "2019")).fields.find((f) => f.dataElement === element);

/** The operator's whole flow on Cần Thơ's campaign, as a transcript of what the screens would show. */
async function canThoFlow(backend: TuiBackend, other: TuiBackend): Promise<unknown[]> {
  const seen: unknown[] = [];
  const status = value(await backend.campaignStatus(CAN_THO));
  seen.push(status.deadlines.map((d) => [d.id, d.workingDaysLeft, d.overdue]));
  seen.push(status.units.filter((u) => u.status !== "missing"));
  const form = value(await backend.dataForm(CAN_THO, COMMUNE, "2019"));
  seen.push(form.fields.map((f) => [f.dataElement, f.value, f.version]));
  const before = value(await backend.targets(CAN_THO, "92", "2019")).find((t) => t.targetId === "424ct-2b");
  seen.push([before?.verdictLabel, before?.actualText]);
  // A commune's figure, then the city's target judged on it.
  const saved = await backend.saveValues(CAN_THO, COMMUNE, "2019", [
    { dataElement: "hotspots_new", value: "1", expectedVersion: null },
  ]);
  seen.push(value(saved));
  const after = value(await backend.targets(CAN_THO, "92", "2019")).find((t) => t.targetId === "424ct-2b");
  seen.push(after);
  // Someone else saves over it; a save from the old version is a conflict, and writes nothing at all.
  value(
    await other.saveValues(CAN_THO, COMMUNE, "2019", [
      { dataElement: "hotspots_new", value: "3", expectedVersion: 1 },
    ]),
  );
  const stale = value(
    await backend.saveValues(CAN_THO, COMMUNE, "2019", [
      { dataElement: "addicts_registered", value: "20", expectedVersion: null },
      { dataElement: "hotspots_new", value: "2", expectedVersion: 1 },
    ]),
  );
  seen.push(stale);
  seen.push((await field(backend, "addicts_registered"))?.value ?? null);
  // Keeping mine: saved against the version now stored; then the field cleared deletes the value.
  seen.push(
    value(
      await backend.saveValues(CAN_THO, COMMUNE, "2019", [
        { dataElement: "hotspots_new", value: "2", expectedVersion: 2 },
      ]),
    ),
  );
  seen.push(
    value(
      await backend.saveValues(CAN_THO, COMMUNE, "2019", [
        { dataElement: "hotspots_new", value: null, expectedVersion: 3 },
      ]),
    ),
  );
  seen.push(await field(backend, "hotspots_new"));
  seen.push(value(await backend.audit({ dataElement: "hotspots_new", orgUnit: COMMUNE, period: "2019" })));
  // Submit, approve from the city, figures locked, returned with a reason.
  seen.push(
    value(
      await backend.saveValues(CAN_THO, COMMUNE, "2019", [
        { dataElement: "hotspots_new", value: "1", expectedVersion: null },
      ]),
    ),
  );
  seen.push(value(await backend.transition(CAN_THO, COMMUNE, "submit")));
  seen.push(value(await backend.transition(CAN_THO, COMMUNE, "approve")));
  const locked = await backend.saveValues(CAN_THO, COMMUNE, "2019", [
    { dataElement: "hotspots_new", value: "5", expectedVersion: 1 },
  ]);
  seen.push(codes(locked));
  seen.push(value(await backend.transition(CAN_THO, COMMUNE, "return", "Thiếu số liệu quý IV")));
  seen.push(value(await backend.submission(CAN_THO, COMMUNE)));
  seen.push(value(await backend.campaignStatus(CAN_THO)).units.filter((u) => u.status !== "missing"));
  return seen;
}

describe.each(BACK_ENDS)("the %s back end", (kind: BackEndKind) => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  const open = async (role: "editor" | "approver" | "viewer", scope: string) => {
    const opened = await backEndOf(kind, role, scope);
    cleanups.push(opened.remove);
    return opened;
  };

  it("walks a campaign: a commune's figure, the verdict, a conflict, a delete, submit, approve, return", async () => {
    const { backend, other } = await open("approver", "92");
    const seen = await canThoFlow(backend, other);
    expect(seen[3]).toEqual(["Chưa đủ dữ liệu", "—"]);
    expect(seen[4]).toEqual({ kind: "saved", changed: 1 });
    expect(seen[5]).toMatchObject({
      verdictLabel: "Không đạt",
      series: [{ value: null }, { value: null }, { value: 1 }, { value: null }],
    });
    expect(seen[6]).toEqual({
      kind: "conflict",
      conflicts: [{ dataElement: "hotspots_new", mine: "2", theirs: "3", theirVersion: 2 }],
    });
    expect(seen[7]).toBeNull();
    expect(seen[8]).toEqual({ kind: "saved", changed: 1 });
    expect(seen[9]).toEqual({ kind: "saved", changed: 1 });
    expect(seen[10]).toMatchObject({ value: null, version: null });
    expect((seen[11] as { newValue: string | null; by: string }[]).map((a) => [a.newValue, a.by])).toEqual([
      ["1", "u-operator"],
      ["3", "u-other"],
      ["2", "u-operator"],
      [null, "u-operator"],
    ]);
    expect(seen[14]).toMatchObject({ state: "approved" });
    expect(seen[15]).toEqual(["DATA_VALUE_SUBMISSION_APPROVED"]);
    expect(seen[17]).toMatchObject({
      state: "returned",
      history: [
        { state: "submitted" },
        { state: "approved" },
        { state: "returned", reason: "Thiếu số liệu quý IV" },
      ],
    });
  });

  it("reads and writes a unit's narratives, with both texts on a conflict", async () => {
    const { backend, other } = await open("editor", "46");
    const sections = value(await backend.narratives(HUE, PHU_VANG));
    expect(sections.length).toBeGreaterThan(3);
    expect(sections[0]?.heading).toMatch(/^\S+ \S/);
    const section = sections[1]?.sectionId ?? "";
    const saved = await backend.putNarrative(HUE, PHU_VANG, section, ["Đoạn một.", " "], null);
    expect(value(saved)).toEqual({ kind: "saved", changed: 1 });
    const read = value(await backend.narratives(HUE, PHU_VANG)).find((s) => s.sectionId === section);
    expect(read).toMatchObject({ paragraphs: ["Đoạn một."], version: 1 });
    value(await other.putNarrative(HUE, PHU_VANG, section, ["Của người khác."], 1));
    const stale = await backend.putNarrative(HUE, PHU_VANG, section, ["Của tôi."], 1);
    expect(value(stale)).toEqual({
      kind: "conflict",
      conflicts: [{ dataElement: section, mine: "Của tôi.", theirs: "Của người khác.", theirVersion: 2 }],
    });
    expect(codes(await backend.narratives(CAN_THO, COMMUNE))).toEqual(["NARRATIVE_NO_OUTLINE"]);
  });

  it("refuses what the person may not do, with the application layer's codes", async () => {
    const { backend } = await open("viewer", "474");
    expect(codes(await backend.narratives(HUE, PHU_VANG))).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(codes(await backend.dataForm(CAN_THO, COMMUNE, "2019"))).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    const save = await backend.saveValues(HUE, "474", "2019", [
      { dataElement: "hotspots_new", value: "1", expectedVersion: null },
    ]);
    expect(codes(save)).toEqual(["ACCESS_ROLE_TOO_LOW"]);
    expect(codes(await backend.transition(HUE, "474", "submit"))).toEqual(["ACCESS_ROLE_TOO_LOW"]);
    expect(value(await backend.submission(HUE, "474"))).toEqual({ state: "draft", history: [] });
  });

  it("renders a unit's report and writes the file under the report folder", async () => {
    const { backend, reportDir } = await open("editor", "46");
    const steps: number[] = [];
    const made = value(await backend.renderReport(HUE, PHU_VANG, "md", (fraction) => steps.push(fraction)));
    expect(made.path).toBe(join(reportDir, "r-000-478.md"));
    expect(readFileSync(made.path, "utf8")).toContain("Phú Vang");
    expect(steps.at(-1)).toBe(1);
    const docx = value(await backend.renderReport(HUE, PHU_VANG, "docx", () => {}));
    expect(readFileSync(docx.path).subarray(0, 2).toString("latin1")).toBe("PK");
  }, 60_000);
});

describe("both back ends", () => {
  it("show the same thing at every step of the operator's flow", async () => {
    const [local, rest] = await Promise.all([
      backEndOf("local", "approver", "92"),
      backEndOf("rest", "approver", "92"),
    ]);
    try {
      const [onDatabase, overHttp] = [
        await canThoFlow(local.backend, local.other),
        await canThoFlow(rest.backend, rest.other),
      ];
      expect(overHttp).toEqual(onDatabase);
    } finally {
      local.remove();
      rest.remove();
    }
  }, 60_000);

  it("says the service cannot be reached, with its address", async () => {
    const { createRestBackend } = await import("../rest/rest-backend.js");
    const backend = createRestBackend({
      baseUrl: "http://service.test",
      token: "pctm_x",
      reportDir: ".",
      fetch: () => Promise.reject(new Error("connect ECONNREFUSED")),
    });
    const status = await backend.campaignStatus(CAN_THO);
    expect(!status.ok && status.errors[0]).toMatchObject({ code: "TUI_API_UNREACHABLE" });
    expect(!status.ok && status.errors[0]?.message).toContain("http://service.test");
  });
});
