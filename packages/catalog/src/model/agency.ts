import { z } from "zod";

/**
 * Who does what: one assignment (phân công trách nhiệm) of a plan. `lead` is the agency that
 * chủ trì; `coordinating` those that phối hợp; `duties` the numbered items, in the seed's words.
 */
export const assignmentSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  clause: z.string().min(1),
  lead: z.string().min(1),
  coordinating: z.array(z.string().min(1)).default([]),
  duties: z.array(z.string().min(1)).min(1),
  /** Projects or schemes this agency leads under the assignment. */
  projectIds: z.array(z.string()).default([]),
  /** "Đề nghị …": a request to a body the issuer does not direct (party, court, mass organisations). */
  requested: z.boolean().default(false),
});
export type Assignment = z.infer<typeof assignmentSchema>;
export type AssignmentInput = z.input<typeof assignmentSchema>;

/** A source of money a plan names (nguồn kinh phí). */
export const fundingSourceSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  clause: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum([
    "central_budget",
    "local_budget",
    "target_programme",
    "recurrent_budget",
    "social",
    "fund",
    "other",
  ]),
  /** The agency through which the money comes, when the seed says. */
  managedBy: z.string().optional(),
});
export type FundingSource = z.infer<typeof fundingSourceSchema>;
export type FundingSourceInput = z.input<typeof fundingSourceSchema>;
