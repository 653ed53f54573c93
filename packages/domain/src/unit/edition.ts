import { z } from "zod";
import { IsoDateSchema } from "../date/iso-date.js";
import { unitSchema } from "./unit.js";

/**
 * A real calendar day "YYYY-MM-DD" (the kernel's IsoDate: 2025-02-30 is refused); compared as text,
 * which orders ISO days correctly.
 */
export const editionDateSchema = IsoDateSchema;

/**
 * One edition of the unit list: the hierarchy in force from `validFrom` to `validTo` (inclusive);
 * null = open-ended on that side. Plain data: queries take it as an argument.
 */
export const editionSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    validFrom: editionDateSchema.nullable(),
    validTo: editionDateSchema.nullable(),
    source: z.string().optional(),
    note: z.string().optional(),
    units: z.array(unitSchema),
  })
  .superRefine((edition, ctx) => {
    if (edition.validFrom && edition.validTo && edition.validFrom > edition.validTo) {
      ctx.addIssue({
        code: "custom",
        path: ["validTo"],
        message: "ngày hết hiệu lực đứng trước ngày có hiệu lực",
        params: { code: "EDITION_DATES_REVERSED" },
      });
    }
    const levels = new Map<string, number>();
    edition.units.forEach((unit, i) => {
      if (levels.has(unit.code)) {
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "code"],
          message: `mã đơn vị ${unit.code} bị trùng`,
          params: { code: "UNIT_CODE_DUPLICATE" },
        });
      }
      levels.set(unit.code, unit.level);
    });
    edition.units.forEach((unit, i) => {
      if (unit.parentCode === null) return;
      const parentLevel = levels.get(unit.parentCode);
      if (parentLevel === undefined || parentLevel >= unit.level) {
        ctx.addIssue({
          code: "custom",
          path: ["units", i, "parentCode"],
          message:
            parentLevel === undefined
              ? `không có đơn vị cấp trên mã ${unit.parentCode}`
              : `đơn vị cấp trên ${unit.parentCode} không ở cấp cao hơn`,
          params: { code: "UNIT_PARENT_INVALID" },
        });
      }
    });
  });
export type Edition = z.infer<typeof editionSchema>;
export type EditionInput = z.input<typeof editionSchema>;
