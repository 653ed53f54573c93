import { z } from "zod";

/**
 * Where a target or an obligation comes from: the document id, the clause ("I.2", "IV.1.g"), and the
 * exact Vietnamese text (NFC) as it stands in the seed.
 */
export const sourceSchema = z.object({
  document: z.string().min(1),
  clause: z.string().min(1),
  quote: z.string().min(1),
  /** True when `quote` is verbatim from a seed file and can be checked against it. */
  verbatim: z.boolean().default(true),
});
export type Source = z.infer<typeof sourceSchema>;
export type SourceInput = z.input<typeof sourceSchema>;
