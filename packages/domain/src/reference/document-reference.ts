import { z } from "zod";
import { IsoDateSchema } from "../date/iso-date.js";
import { DocumentTypeCodeSchema } from "./document-type.js";

/** "36-CT/TW" (Party, hyphen after the number) or "424/QĐ-TTg" (State). */
export const REFERENCE_STYLES = ["state", "party"] as const;
export const ReferenceStyleSchema = z.enum(REFERENCE_STYLES);
export type ReferenceStyle = z.infer<typeof ReferenceStyleSchema>;

const SymbolPartSchema = z.string().regex(/^[\p{L}\d]+$/u, { message: "ký hiệu chỉ gồm chữ và số" });

/**
 * A document reference "số/ký hiệu" with its date. `number` is kept as written ("01"). `year` is the
 * year inside the symbol (3122/2010/QĐ-BCA). `typeCode` is absent for a công văn (2067/UBND-NC) and
 * for laws, ordinances and normative resolutions (202/2025/QH15, 01/2022/UBTVQH15), whose type the
 * symbol does not say. `issuer` is the symbol after the type, split at hyphens: ["BCA", "C04"].
 * Identity is symbol + date (see referenceKey).
 */
export const DocumentReferenceSchema = z
  .object({
    number: z.string().regex(/^\d{1,6}$/, { message: "số văn bản phải là chữ số" }),
    year: z.number().int().min(1000).max(9999).optional(),
    typeCode: DocumentTypeCodeSchema.optional(),
    issuer: z.array(SymbolPartSchema).min(1),
    style: ReferenceStyleSchema,
    date: IsoDateSchema.optional(),
  })
  .refine((ref) => ref.style === "state" || (ref.typeCode !== undefined && ref.year === undefined), {
    message: "văn bản của Đảng ghi dạng số-loại/cơ quan (36-CT/TW), không có năm trong ký hiệu",
    params: { code: "REFERENCE_PARTY_SHAPE" },
  });

export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;
