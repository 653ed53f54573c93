import { describe, expect, it } from "vitest";
import type { SubmissionEvent } from "../ports/submission-store.js";
import { AT_1, AT_2, AT_3 } from "./fixtures.js";
import { type MakeStore, useStore } from "./use-store.js";

const DRAFT: SubmissionEvent = { state: "draft", by: "u-lan", at: AT_1, reason: null };
const SUBMIT: SubmissionEvent = { state: "submitted", by: "u-lan", at: AT_2, reason: null };
const RETURN: SubmissionEvent = {
  state: "returned",
  by: "u-minh",
  at: AT_3,
  reason: "Thiếu số liệu xã Phú Lộc",
};
const RESUBMIT: SubmissionEvent = {
  state: "submitted",
  by: "u-lan",
  at: "2026-12-06T01:00:00.000Z",
  reason: null,
};
const APPROVE: SubmissionEvent = {
  state: "approved",
  by: "u-minh",
  at: "2026-12-06T02:00:00.000Z",
  reason: null,
};

export function describeSubmissions(makeStore: MakeStore): void {
  describe("submissions", () => {
    const store = useStore(makeStore);

    it("goes draft → submitted → returned → submitted → approved with timestamps, history and versions", async () => {
      const s = store().submissions;
      const draft = await s.transition("r-000", "4601", DRAFT, null);
      expect(draft).toEqual({
        ok: true,
        submission: {
          campaignId: "r-000",
          orgUnit: "4601",
          state: "draft",
          submittedAt: null,
          approvedAt: null,
          returnedAt: null,
          history: [DRAFT],
          version: 1,
        },
      });
      expect((await s.transition("r-000", "4601", SUBMIT, 1)).ok).toBe(true);
      expect((await s.transition("r-000", "4601", RETURN, 2)).ok).toBe(true);
      expect((await s.transition("r-000", "4601", RESUBMIT, 3)).ok).toBe(true);
      const approved = await s.transition("r-000", "4601", APPROVE, 4);
      const expected = {
        campaignId: "r-000",
        orgUnit: "4601",
        state: "approved",
        submittedAt: RESUBMIT.at,
        approvedAt: APPROVE.at,
        returnedAt: RETURN.at,
        history: [DRAFT, SUBMIT, RETURN, RESUBMIT, APPROVE],
        version: 5,
      };
      expect(approved).toEqual({ ok: true, submission: expected });
      expect(await s.get("r-000", "4601")).toEqual(expected);
    });

    it("refuses a stale version and a second creation, naming the stored version", async () => {
      const s = store().submissions;
      await s.transition("r-000", "4601", DRAFT, null);
      await s.transition("r-000", "4601", SUBMIT, 1);
      expect(await s.transition("r-000", "4601", APPROVE, 1)).toEqual({ ok: false, actualVersion: 2 });
      expect(await s.transition("r-000", "4601", DRAFT, null)).toEqual({ ok: false, actualVersion: 2 });
      expect(await s.transition("r-000", "4602", SUBMIT, 1)).toEqual({ ok: false, actualVersion: null });
      expect((await s.get("r-000", "4601"))?.state).toBe("submitted");
      expect(await s.get("r-000", "4602")).toBeUndefined();
    });

    it("a first event may be a submission directly", async () => {
      const result = await store().submissions.transition("r-000", "46", SUBMIT, null);
      expect(result.ok && result.submission).toMatchObject({
        state: "submitted",
        submittedAt: AT_2,
        version: 1,
      });
    });

    it("lists the submissions of one campaign only", async () => {
      const s = store().submissions;
      await s.transition("r-000", "4601", DRAFT, null);
      await s.transition("r-000", "4602", SUBMIT, null);
      await s.transition("r-001", "4601", DRAFT, null);
      const units = (await s.list("r-000")).map((x) => x.orgUnit).sort();
      expect(units).toEqual(["4601", "4602"]);
      expect(await s.list("r-999")).toEqual([]);
    });

    it("parallel transitions from the same version: exactly one lands", async () => {
      const s = store().submissions;
      await s.transition("r-000", "4601", DRAFT, null);
      const results = await Promise.all([1, 2, 3, 4].map(() => s.transition("r-000", "4601", SUBMIT, 1)));
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect((await s.get("r-000", "4601"))?.history).toHaveLength(2);
    });
  });
}
