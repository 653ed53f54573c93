import { describe, expect, it } from "vitest";
import { approveSubmission } from "../campaigns/approve-submission.js";
import { listSubmissions } from "../campaigns/list-submissions.js";
import { submitSubmission } from "../campaigns/submit-submission.js";
import { createAppContext, fixedClock } from "../context.js";
import { createMemoryStore } from "../memory/index.js";
import type { Actor } from "../ports/actor.js";
import { LOCAL_OPERATOR } from "../ports/actor.js";
import { listCampaigns } from "./list-campaigns.js";
import { listPlans } from "./list-plans.js";
import { listTargets } from "./list-targets.js";

const ctx = () =>
  createAppContext({ store: createMemoryStore(), clock: fixedClock("2020-06-10T03:00:00.000Z") });
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function values<T>(result: { ok: boolean; value?: { items: readonly T[] } }): readonly T[] {
  if (!result.ok || !result.value) throw new Error("the list failed");
  return result.value.items;
}

describe("lists in Vietnamese order", { timeout: 60_000 }, () => {
  it("orders plans by title: Đề cương between Chương trình and Kế hoạch, not after them as bytes would", async () => {
    const titles = values(await listPlans(ctx(), LOCAL_OPERATOR, {})).map((p) => p.title);
    const firstLetters = titles.map((t) => t.slice(0, 1));
    expect(firstLetters).toEqual([...firstLetters].sort((a, b) => a.localeCompare(b, "vi")));
    const decuong = titles.findIndex((t) => t.startsWith("Đề cương"));
    const kehoach = titles.findIndex((t) => t.startsWith("Kế hoạch"));
    expect(decuong).toBeGreaterThan(-1);
    expect(decuong).toBeLessThan(kehoach);
    expect([...titles].sort(byteOrder)).not.toEqual(titles);
  });

  it("orders campaigns by title, all and per plan", async () => {
    const titles = values(await listCampaigns(ctx(), LOCAL_OPERATOR, {})).map((c) => c.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "vi")));
    const ofPlan = values(await listCampaigns(ctx(), LOCAL_OPERATOR, { planId: "hue-2020-tong-ket" }));
    expect(ofPlan.map((c) => c.id)).toEqual(["r-000"]);
  });

  it("keeps a plan's targets in the order of its document (they are numbered there)", async () => {
    const ids = values(await listTargets(ctx(), LOCAL_OPERATOR, { planId: "qd-424-2017", limit: 3 })).map(
      (t) => t.id,
    );
    expect(ids).toEqual(["424nat-1", "424nat-2", "424nat-3"]);
  });

  it("orders submissions by unit name: Dương Hòa, Đông Ba, Phú An — neither code nor byte order", async () => {
    const c = ctx();
    // Communes of Huế on the list of r-000's window: 19768 Đông Ba, 19912 Phú An, 19993 Dương Hòa.
    const province: Actor = { userId: "ca-hue", role: "approver", scopeUnit: "46" };
    for (const unit of ["19768", "19912", "19993"]) {
      const sent = await submitSubmission(c, province, { campaignId: "r-000", unit });
      expect(sent.ok, unit).toBe(true);
    }
    expect((await approveSubmission(c, province, { campaignId: "r-000", unit: "19912" })).ok).toBe(true);
    const units = values(await listSubmissions(c, province, { campaignId: "r-000" })).map((s) => s.orgUnit);
    expect(units).toEqual(["19993", "19768", "19912"]);
    const paged = values(await listSubmissions(c, province, { campaignId: "r-000", offset: 1, limit: 1 }));
    expect(paged.map((s) => s.orgUnit)).toEqual(["19768"]);
  });
});
