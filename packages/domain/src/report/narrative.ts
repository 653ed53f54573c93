import { z } from "zod";
import type { Result } from "../result/result.js";
import { parseWith } from "../result/zod-issues.js";
import { nfcString } from "../text/nfc-string.js";

/**
 * Text a unit wrote for one section of the outline. `section` is the outline section's id;
 * `orgUnit` the unit code it comes from (absent: the reporting unit itself), or `agency` the name of
 * a department that is not an administrative unit ("Sở Lao động - Thương binh và Xã hội").
 */
export const sectionNarrativeSchema = z.object({
  section: z.string().min(1),
  orgUnit: z.string().min(1).optional(),
  // Text people typed is normalised to NFC here, so decomposed (NFD) Vietnamese never reaches a report.
  agency: nfcString().min(1).optional(),
  paragraphs: z.array(nfcString().min(1)).min(1),
});
export type SectionNarrative = z.infer<typeof sectionNarrativeSchema>;

/**
 * The narratives file: `{ "signer"?: "Nguyễn Văn A", "narratives": [ { "section": "…", "orgUnit": "474",
 * "paragraphs": [ … ] } ] }`. `signer` is the name printed under the signature; without it the report
 * leaves a marked place for it.
 */
export const narrativeFileSchema = z.object({
  signer: nfcString().trim().min(1).optional(),
  narratives: z.array(sectionNarrativeSchema),
});
export type NarrativeFile = z.infer<typeof narrativeFileSchema>;

/** Reads a narratives file (already JSON-parsed) into narratives, with path-named Vietnamese errors. */
export function parseNarratives(input: unknown): Result<NarrativeFile> {
  return parseWith(narrativeFileSchema, input);
}
