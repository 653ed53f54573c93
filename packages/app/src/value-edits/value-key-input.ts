import { z } from "zod";

/** Which figure: data element, unit and period, with the disaggregation ("" = the total). */
export const valueKeyInputSchema = z.object({
  dataElement: z.string().trim().min(1),
  orgUnit: z.string().trim().min(1),
  period: z.string().trim().min(1),
  categoryOptionCombo: z.string().trim().default(""),
});
