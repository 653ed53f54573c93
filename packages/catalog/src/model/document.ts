import { issuerKindSchema } from "@pctm/domain";
import { z } from "zod";

/** "YYYY-MM-DD"; the catalogue writes dates as ISO strings and the kernel reads them. */
export const isoDateTextSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "ngày phải có dạng YYYY-MM-DD");

/** What kind of document it is (the glossary's names). */
export const documentKindSchema = z.enum([
  "law",
  "resolution",
  "directive",
  "strategy",
  "programme",
  "decision",
  "decree",
  "plan",
  "guidance",
  "official_letter",
  "cipher_telegram",
  "outline",
  "ordinance",
]);
export type DocumentKind = z.infer<typeof documentKindSchema>;

/**
 * A document of the implementation chain: a seed, or a document a seed names. `implements` lists the
 * documents it carries out or is based on ("Thực hiện …", "Căn cứ …"); the reverse direction is derived.
 */
export const catalogDocumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  kind: documentKindSchema,
  /** "số/ký hiệu" as printed: "424/QĐ-TTg", "227-KH/TU"; absent when the seed shows none. */
  reference: z.string().min(1).optional(),
  /** Date of issue, when the seed (or REFERENCES.md) gives it. */
  date: isoDateTextSchema.optional(),
  /** Vietnamese name of the issuing body. */
  issuer: z.string().min(1),
  /**
   * The kind of body that issues it and signs the reports of its campaigns (people_committee,
   * party_committee, police): decides a report's header, number and signature.
   */
  issuerKind: issuerKindSchema.optional(),
  /** Statistics-office code of the unit the document governs ("46" Thừa Thiên Huế); absent for national ones. */
  scopeUnitCode: z
    .string()
    .regex(/^\d{2,5}$/)
    .optional(),
  /** Said in words when the code cannot be given (a seed that does not name its province). */
  scopeNote: z.string().optional(),
  title: z.string().min(1),
  implements: z.array(z.string()).default([]),
  /**
   * Documents whose forms or guidance it follows without carrying them out (seed 004 counts hotspots by
   * the criteria of Hướng dẫn 689/HD-C04-P4): shown, but not a link of the implementation chain.
   */
  uses: z.array(z.string()).default([]),
  /** Readings the seeds do not state (who sends, what a blank number stands for), said as such. */
  interpretations: z.array(z.string().min(1)).default([]),
  /** The seed file prefix ("000" … "004") when the document is one of the seeds. */
  seed: z.enum(["000", "001", "002", "003", "004"]).optional(),
  /** Where a fact not in the seeds comes from ("REFERENCES.md §4"). */
  sourceNote: z.string().optional(),
});
export type CatalogDocument = z.infer<typeof catalogDocumentSchema>;
export type CatalogDocumentInput = z.input<typeof catalogDocumentSchema>;
