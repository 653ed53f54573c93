import { z } from "@hono/zod-openapi";
import { unitKindSchema } from "@pctm/domain";
import { problemIssueSchema } from "../problem.js";

/** Response shapes several routes share, exactly as the use cases answer. */
const unitFields = {
  code: z.string(),
  name: z.string().openapi({ description: "Tên không có từ chỉ loại (“Phú Vang”)" }),
  kind: unitKindSchema,
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  parentCode: z.string().nullable(),
};

/** A unit as a list gives it. */
export const unitSchema = z.strictObject(unitFields).openapi("Unit");

/** A unit with the names people read (“Huyện Phú Vang”, “huyện”). */
export const unitViewSchema = z
  .strictObject({ ...unitFields, fullName: z.string(), kindLabel: z.string() })
  .openapi("UnitView");

export const editionSchema = z
  .strictObject({ id: z.string(), name: z.string(), label: z.string() })
  .openapi("UnitListEdition");

export const issueListSchema = z.array(problemIssueSchema);

/** One stored data value with its version (an ETag's number), as every value route answers it. */
export const storedValueSchema = z
  .strictObject({
    dataElement: z.string(),
    period: z.string(),
    orgUnit: z.string(),
    categoryOptionCombo: z.string(),
    value: z.string(),
    comment: z.string().nullable(),
    storedBy: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi("DataValue");
