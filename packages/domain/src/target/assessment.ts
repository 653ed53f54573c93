import { z } from "zod";
import { IsoDateSchema } from "../date/iso-date.js";
import { nfcString } from "../text/nfc-string.js";
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

/** The code of an assessment recorded without its justification (absent, empty or only spaces). */
export const ASSESSMENT_NO_JUSTIFICATION = "TARGET_ASSESSMENT_NO_JUSTIFICATION";

/** Absent is blank: both get the one code below, not zod's "missing field". */
const justificationSchema = z.preprocess(
  (value) => value ?? "",
  nfcString()
    .trim()
    .superRefine((text, ctx) => {
      if (text === "") {
        ctx.addIssue({
          code: "custom",
          message:
            "cần ghi rõ căn cứ đánh giá (justification): một kết luận không có căn cứ không được chấp nhận",
          params: { code: ASSESSMENT_NO_JUSTIFICATION },
        });
      }
    }),
);

/**
 * A recorded judgement of a target that has no measurable quantity (or of any target a person
 * judged by hand): the verdict and why, who judged and when. Text is normalised to NFC.
 */
export const assessmentSchema = z.strictObject({
  targetId: z.string().min(1),
  orgUnit: z.string().min(1),
  period: z.string().superRefine((period, ctx) => {
    if (isPeriodId(period)) return;
    ctx.addIssue({
      code: "custom",
      message: `mã kỳ ${JSON.stringify(period)} không hợp lệ (dùng 2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30)`,
      params: { code: "TARGET_INVALID_PERIOD" },
    });
  }),
  verdict: assessedVerdictSchema,
  /** Why — the evidence in Vietnamese; required and not blank (TARGET_ASSESSMENT_NO_JUSTIFICATION). */
  justification: justificationSchema,
  assessedBy: nfcString().min(1).optional(),
  /** ISO date "YYYY-MM-DD", a real calendar day. */
  date: IsoDateSchema.optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;
