import {
  assignmentSchema,
  campaignSchema,
  catalogDocumentSchema,
  fundingSourceSchema,
  planSchema,
  projectSchema,
  targetChoiceSchema,
} from "@pctm/catalog";
import { simpleTargetSchema, targetShape } from "@pctm/domain";
import { z } from "zod";

/**
 * The shapes the catalogue's use cases answer with, from the catalogue's own schemas, so an adapter
 * describes them exactly (the REST service's OpenAPI, and through it a generated client's types).
 */
export const planSummarySchema = z.strictObject({
  id: z.string(),
  kind: planSchema.shape.kind,
  title: z.string(),
  span: z.string(),
  issuer: z.string(),
  reference: z.string().optional(),
  date: z.string().optional(),
  scopeUnitCode: z.string().optional(),
  seed: z.string().optional(),
  targetCount: z.number().int(),
  campaignIds: z.array(z.string()),
});

export const targetSchema = targetShape;
export { campaignSchema };

export const planDetailsSchema = z.strictObject({
  plan: planSchema,
  document: catalogDocumentSchema.optional(),
  targets: z.array(targetShape),
  reviewedTargets: z.array(targetShape),
  projects: z.array(projectSchema),
  assignments: z.array(assignmentSchema),
  fundingSources: z.array(fundingSourceSchema),
  campaigns: z.array(campaignSchema),
});

export const targetTraceSchema = z.strictObject({
  target: targetShape,
  /** Set when the id named a part of a compound target. */
  part: simpleTargetSchema.optional(),
  plan: planSchema.optional(),
  sourceDocument: catalogDocumentSchema.optional(),
  implements: z.array(catalogDocumentSchema),
  choices: z.array(targetChoiceSchema),
  chain: z.array(
    z.strictObject({ document: catalogDocumentSchema, depth: z.number().int(), via: z.string() }),
  ),
});
