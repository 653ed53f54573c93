import { assessmentSchema, parseWith, type Result } from "@pctm/domain";
import { z } from "zod";

/**
 * The assessments file: recorded judgements of qualitative targets (and of any target a person
 * judged by hand), `{ "assessments": [ { targetId, orgUnit, period, verdict, justification } ] }`.
 */
export const assessmentFileSchema = z.object({
  assessments: z.array(assessmentSchema),
});
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;

/** Reads an assessments file (already JSON-parsed), with path-named Vietnamese errors. */
export function parseAssessments(input: unknown): Result<AssessmentFile> {
  return parseWith(assessmentFileSchema, input);
}
