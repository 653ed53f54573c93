import { z } from "zod";
import { isPeriodId } from "./period-support.js";

/** The verdicts a person may record for a qualitative target. */
export const assessedVerdictSchema = z.enum([
  "exceeded",
  "achieved",
  "not_achieved",
  "on_track",
  "behind_schedule",
  "not_applicable",
]);

/**
 * A recorded judgement of a target that has no measurable quantity (or of any target a person
 * judged by hand): the verdict and why, who judged and when.
 */
export const assessmentSchema = z.strictObject({
  targetId: z.string().min(1),
  orgUnit: z.string().min(1),
  period: z.string().refine(isPeriodId, {
    message: "mã kỳ không hợp lệ",
    params: { code: "TARGET_INVALID_PERIOD" },
  }),
  verdict: assessedVerdictSchema,
  /** Why — the evidence in Vietnamese; required, a verdict without a reason is not accepted. */
  justification: z.string().trim().min(1, "cần ghi rõ căn cứ đánh giá"),
  assessedBy: z.string().min(1).optional(),
  /** ISO date "YYYY-MM-DD". */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "ngày viết dạng YYYY-MM-DD")
    .optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
