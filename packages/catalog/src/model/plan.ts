import { z } from "zod";

/** A numbered group of a plan (an objective group, a key task, a solution group) in the seed's words. */
export const planItemSchema = z.object({
  clause: z.string().min(1),
  title: z.string().min(1),
  items: z.array(z.string().min(1)).default([]),
  /** Targets the item sets (objective groups). */
  targetIds: z.array(z.string()).default([]),
});
export type PlanItem = z.infer<typeof planItemSchema>;

/**
 * A document with content the toolkit works with: a programme, a strategy, a unit's plan, a review plan.
 * Its id is the id of its document in the chain. Targets, projects, assignments, funding sources and
 * campaigns point back to it by `planId`.
 */
export const planSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(["strategy", "programme", "implementation_plan", "review_plan", "directive", "outline"]),
  title: z.string().min(1),
  /** The span the plan covers, as a period id ("2017-01-01/2020-12-31"). */
  span: z.string().min(1),
  generalObjective: z.string().optional(),
  objectives: z.array(planItemSchema).default([]),
  /** Orientations beyond the target year (seed 001 I.3: qualitative, not targets). */
  orientations: z.array(planItemSchema).default([]),
  tasks: z.array(planItemSchema).default([]),
  solutions: z.array(planItemSchema).default([]),
  /** What a review plan asks to be reviewed (seed 000 II, seed 003 II.1). */
  reviewContent: z.array(planItemSchema).default([]),
});
export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;

/**
 * A project or scheme (dự án / đề án) as one plan carries it: its lead and coordinating agencies,
 * its targets and tasks. `componentOf` links a unit's copy to the national programme's component.
 */
export const projectSchema = z.object({
  id: z.string().min(1),
  planId: z.string().min(1),
  kind: z.enum(["project", "scheme"]),
  title: z.string().min(1),
  clause: z.string().min(1),
  lead: z.string().min(1),
  coordinating: z.array(z.string().min(1)).default([]),
  /** The national target programme it is financed under ("Chương trình mục tiêu …"). */
  financedUnder: z.string().optional(),
  componentOf: z.string().optional(),
  objectives: z.array(z.string().min(1)).default([]),
  targetIds: z.array(z.string()).default([]),
  tasks: z.array(z.string().min(1)).default([]),
});
export type Project = z.infer<typeof projectSchema>;
export type ProjectInput = z.input<typeof projectSchema>;
