import { z } from "zod";

/**
 * A reading of an ambiguous target that a user may switch: which indicator or which denominator the
 * target is judged on. (Adjustable numbers and modes — value, changeMode … — are the target's own
 * `parameters`, changed with the kernel's withParameters.)
 */
export const targetChoiceSchema = z.object({
  targetId: z.string().min(1),
  field: z.enum(["indicator", "denominator"]),
  label: z.string().min(1),
  options: z.array(z.object({ value: z.string().min(1), label: z.string().min(1) })).min(2),
});
export type TargetChoice = z.infer<typeof targetChoiceSchema>;
