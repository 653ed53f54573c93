import { describe, expect, it } from "vitest";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import { putNarrative } from "../narratives/put-narrative.js";
import type { Actor } from "../ports/actor.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import type { Store } from "../ports/store.js";
import { approveSubmission } from "./approve-submission.js";
import { campaignStatus } from "./campaign-status.js";
import { isSubmissionLocked } from "./is-submission-locked.js";
import { returnSubmission } from "./return-submission.js";
import { submitSubmission } from "./submit-submission.js";

// r-000: Huế's closing review of 2020; districts report by 15/6/2020, the province by 10/7/2020.
const CAMPAIGN = "r-000";
const PHU_VANG = "478";
const store = () => createMemoryStore();
const at = (instant: string, s: Store) => createAppContext({ store: s, clock: fixedClock(instant) });
const codes = (r: { ok: boolean; errors?: readonly { code: string }[] }) =>
  r.ok ? [] : r.errors?.map((e) => e.code);

const district: Actor = { userId: "phu-vang", role: "editor", scopeUnit: PHU_VANG };
const districtBoss: Actor = { userId: "phu-vang-boss", role: "approver", scopeUnit: PHU_VANG };
const province: Actor = { userId: "ca-hue", role: "approver", scopeUnit: "46" };
const provinceEditor: Actor = { userId: "ca-hue-nhap", role: "editor", scopeUnit: "46" };

describe("the submission workflow", { timeout: 60_000 }, () => {
  it("goes draft → submitted → returned → submitted → approved, locking the unit once approved", async () => {
    const s = store();
    const ctx = at("2020-06-10T03:00:00.000Z", s);
    const submitted = await submitSubmission(ctx, district, { campaignId: CAMPAIGN, unit: PHU_VANG });
    expect(submitted).toMatchObject({ ok: true, value: { state: "submitted", version: 1 } });
    expect(codes(await submitSubmission(ctx, district, { campaignId: CAMPAIGN, unit: PHU_VANG }))).toEqual([
      "SUBMISSION_STATE_INVALID",
    ]);
    expect(codes(await returnSubmission(ctx, province, { campaignId: CAMPAIGN, unit: PHU_VANG }))).toEqual([
      "SUBMISSION_RETURN_REASON_REQUIRED",
    ]);
    const returned = await returnSubmission(ctx, province, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
      reason: "Thiếu số liệu năm 2019",
    });
    expect(returned).toMatchObject({ ok: true, value: { state: "returned" } });
    expect((await submitSubmission(ctx, district, { campaignId: CAMPAIGN, unit: PHU_VANG })).ok).toBe(true);
    expect(await isSubmissionLocked(ctx, CAMPAIGN, PHU_VANG)).toBe(false);
    expect((await approveSubmission(ctx, province, { campaignId: CAMPAIGN, unit: PHU_VANG })).ok).toBe(true);
    expect(await isSubmissionLocked(ctx, CAMPAIGN, PHU_VANG)).toBe(true);
    const narrative = await putNarrative(ctx, district, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
      sectionId: "phan-tinh-hinh-ket-qua",
      paragraphs: ["x"],
    });
    expect(codes(narrative)).toContain("SUBMISSION_LOCKED");
  });

  it("lets only an approver over the parent approve: not an editor, not the unit itself", async () => {
    const ctx = at("2020-06-10T03:00:00.000Z", store());
    await submitSubmission(ctx, district, { campaignId: CAMPAIGN, unit: PHU_VANG });
    const approve = (actor: Actor) => approveSubmission(ctx, actor, { campaignId: CAMPAIGN, unit: PHU_VANG });
    expect(codes(await approve(provinceEditor))).toEqual(["ACCESS_ROLE_TOO_LOW"]);
    expect(codes(await approve(districtBoss))).toEqual(["SUBMISSION_SELF_APPROVAL"]);
    const otherProvince: Actor = { userId: "x", role: "approver", scopeUnit: "48" };
    expect(codes(await approve(otherProvince))).toEqual(["ACCESS_OUT_OF_SCOPE"]);
    expect(codes(await submitSubmission(ctx, otherProvince, { campaignId: CAMPAIGN, unit: "490" }))).toEqual([
      "CAMPAIGN_UNIT_OUTSIDE",
    ]);
    expect(
      codes(
        await approveSubmission(ctx, province, { campaignId: CAMPAIGN, unit: PHU_VANG, expectedVersion: 7 }),
      ),
    ).toEqual(["SUBMISSION_VERSION_CONFLICT"]);
    expect((await approve(province)).ok).toBe(true);
  });
});

describe("campaignStatus", { timeout: 60_000 }, () => {
  it("lists the districts expected, who is on time, late or missing, and working days left", async () => {
    const s = store();
    await submitSubmission(at("2020-06-12T03:00:00.000Z", s), district, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
    });
    await submitSubmission(at("2020-06-20T03:00:00.000Z", s), LOCAL_OPERATOR, {
      campaignId: CAMPAIGN,
      unit: "474",
    });
    const status = await campaignStatus(at("2020-06-25T03:00:00.000Z", s), province, {
      campaignId: CAMPAIGN,
    });
    if (!status.ok) throw new Error(JSON.stringify(status.errors));
    const [districts, own] = status.value.deadlines;
    expect(districts?.level).toBe(2);
    expect(districts?.counts).toMatchObject({ expected: 9, submitted: 2, on_time: 1, late: 1, missing: 7 });
    expect(districts?.units.find((u) => u.code === PHU_VANG)?.timeliness).toBe("on_time");
    expect(districts?.units.find((u) => u.code === "474")?.timeliness).toBe("late");
    expect(districts?.overdue).toBe(true);
    // From Friday 26/6 to Friday 10/7/2020: 11 working days.
    expect(own).toMatchObject({ level: 1, due: "2020-07-10", workingDaysLeft: 11, overdue: false });
    expect(own?.units.map((u) => [u.code, u.timeliness])).toEqual([["46", "pending"]]);
    // Asked about a district: its own report only.
    const one = await campaignStatus(at("2020-06-25T03:00:00.000Z", s), district, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
    });
    expect(one.ok && one.value.deadlines[0]?.units.map((u) => u.code)).toEqual([PHU_VANG]);
    expect(
      codes(await campaignStatus(at("2020-06-25T03:00:00.000Z", s), district, { campaignId: CAMPAIGN })),
    ).toEqual(["ACCESS_OUT_OF_SCOPE"]);
  });

  it("counts working days to a deadline without the weekends", async () => {
    const s = store();
    // r-003 (Quảng Ngãi, 2024): the first deadline is 17/6/2024.
    const status = await campaignStatus(at("2024-06-03T03:00:00.000Z", s), LOCAL_OPERATOR, {
      campaignId: "r-003",
    });
    if (!status.ok) throw new Error(JSON.stringify(status.errors));
    expect(status.value.deadlines[0]).toMatchObject({ due: "2024-06-17", workingDaysLeft: 10 });
  });
});

describe("putNarrative", { timeout: 60_000 }, () => {
  it("checks the section against the campaign's outline and the unit against its area", async () => {
    const ctx = at("2020-06-10T03:00:00.000Z", store());
    const bad = await putNarrative(ctx, district, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
      sectionId: "khong-co",
      paragraphs: ["x"],
    });
    expect(codes(bad)).toEqual(["NARRATIVE_UNKNOWN_SECTION"]);
    expect(bad.ok ? "" : bad.errors[0]?.message).toContain("các mục có:");
    const outside = await putNarrative(ctx, LOCAL_OPERATOR, {
      campaignId: CAMPAIGN,
      unit: "92",
      sectionId: "phan-tinh-hinh-ket-qua",
      paragraphs: [],
    });
    expect(codes(outside)).toEqual(["CAMPAIGN_UNIT_OUTSIDE"]);
    const saved = await putNarrative(ctx, district, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
      sectionId: "phan-tinh-hinh-ket-qua",
      paragraphs: [" Tình hình ", ""],
      expectedVersion: null,
    });
    expect(saved).toMatchObject({ ok: true, value: { paragraphs: ["Tình hình"], version: 1 } });
    const stale = await putNarrative(ctx, district, {
      campaignId: CAMPAIGN,
      unit: PHU_VANG,
      sectionId: "phan-tinh-hinh-ket-qua",
      paragraphs: ["y"],
      expectedVersion: null,
    });
    expect(codes(stale)).toEqual(["NARRATIVE_VERSION_CONFLICT"]);
  });
});
