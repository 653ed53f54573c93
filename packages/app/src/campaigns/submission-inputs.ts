import { z } from "zod";

/** Which unit's submission to which campaign, and the version the caller saw (optional). */
export const submissionKeySchema = z.object({
  campaignId: z.string().trim().min(1),
  unit: z.string().trim().min(1),
  /** The version read before; a different stored one is a conflict. */
  expectedVersion: z.number().int().min(0).optional(),
});
