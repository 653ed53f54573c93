import { z } from "@hono/zod-openapi";
import { problemIssueSchema } from "../problem.js";

/** Response shapes several routes share. Objects are open: use cases may add fields. */
export const unitViewSchema = z
  .looseObject({
    code: z.string(),
    name: z.string(),
    fullName: z.string(),
    kind: z.string(),
    kindLabel: z.string(),
    level: z.number().int(),
    parentCode: z.string().nullable(),
  })
  .openapi("Unit");

export const editionSchema = z
  .object({ id: z.string(), name: z.string(), label: z.string() })
  .openapi("UnitListEdition");

export const issueListSchema = z.array(problemIssueSchema);
