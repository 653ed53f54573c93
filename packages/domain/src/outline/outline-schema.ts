import { z } from "zod";

/**
 * How a heading is numbered. The number itself is never stored: it is generated from the style and
 * the section's position (see `numberOutline`).
 * - `part-ordinal`: "Phần thứ nhất", "Phần thứ hai" … (ordinal words)
 * - `part-roman`: "Phần I", "Phần II" …
 * - `roman`: "I.", "II." … (upper-case Roman)
 * - `arabic`: "1.", "2." …
 * - `decimal`: "1.1.", "2.3." … nested from the parent's number
 * - `letter`: "a)", "b)" … in the Vietnamese order a b c d đ e g h i k l m n o p q r s t u v x y
 */
export const numberingStyleSchema = z.enum([
  "part-ordinal",
  "part-roman",
  "roman",
  "arabic",
  "decimal",
  "letter",
]);
export type NumberingStyle = z.infer<typeof numberingStyleSchema>;

/**
 * The punctuation written after the number when a source deviates from the style's default
 * ("III- ĐÁNH GIÁ CHUNG" records "-", "1.1 Trong công tác" records ""). Absent = the default
 * ("." for roman, arabic and decimal, ")" for letters, nothing for parts).
 */
export const headingPunctuationSchema = z.enum([".", "-", "–", ")", ":", ""]);
export type HeadingPunctuation = z.infer<typeof headingPunctuationSchema>;

/**
 * The kind of a guidance line: a plain paragraph (`text`) or a bullet "-", "+" or ".".
 * Bullets nest by rank: text > "-" > "+" > ".".
 */
export const guidanceKindSchema = z.enum(["text", "-", "+", "."]);
export type GuidanceKind = z.infer<typeof guidanceKindSchema>;

/** One line of guidance under a heading ("- Số người nghiện ma túy …"), with the lines nested under it. */
export interface GuidanceItem {
  kind: GuidanceKind;
  text: string;
  items?: GuidanceItem[] | undefined;
}

export const guidanceItemSchema: z.ZodType<GuidanceItem, GuidanceItem> = z.lazy(() =>
  z.object({
    kind: guidanceKindSchema,
    text: z.string().min(1, "nội dung hướng dẫn không được để trống"),
    items: z.array(guidanceItemSchema).optional(),
  }),
);

const idList = z.array(z.string().min(1));

/**
 * What belongs in a section: the targets whose verdicts it reports (ids from the catalogue, e.g.
 * "424nat-1"), indicators, data elements (snake_case, e.g. "addicts_registered"), statistical tables
 * (biểu mẫu) and the agencies that must report on it.
 */
export const sectionBindingsSchema = z.object({
  targets: idList.default([]),
  indicators: idList.default([]),
  dataElements: idList.default([]),
  tables: idList.default([]),
  agencies: idList.default([]),
});
export type SectionBindings = z.infer<typeof sectionBindingsSchema>;
export type SectionBindingsInput = z.input<typeof sectionBindingsSchema>;

/** A stable section id: lower-case ASCII words joined by "-" ("ket-qua-thuc-hien-chuong-trinh"). */
export const sectionIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "mã mục chỉ gồm chữ thường không dấu, số và dấu gạch ngang");

/** A heading of the outline with its guidance and its sub-sections. */
export interface OutlineSection {
  id: string;
  style: NumberingStyle;
  /**
   * The number the source gives this section when it is the first of its style in its list and the
   * list does not start at 1 (an excerpt starting at "II."); the siblings after it follow on.
   */
  start?: number | undefined;
  punctuation?: HeadingPunctuation | undefined;
  title: string;
  guidance: GuidanceItem[];
  children: OutlineSection[];
  bindings?: SectionBindings | undefined;
}

export const outlineSectionSchema: z.ZodType<OutlineSection, OutlineSectionInput> = z.lazy(() =>
  z.object({
    id: sectionIdSchema,
    style: numberingStyleSchema,
    start: z.number().int().min(1).optional(),
    punctuation: headingPunctuationSchema.optional(),
    title: z.string().trim().min(1, "tiêu đề mục không được để trống"),
    guidance: z.array(guidanceItemSchema).default([]),
    children: z.array(outlineSectionSchema).default([]),
    bindings: sectionBindingsSchema.optional(),
  }),
);

/** The input shape of a section: guidance, children and binding lists may be left out. */
export interface OutlineSectionInput {
  id: string;
  style: NumberingStyle;
  start?: number | undefined;
  punctuation?: HeadingPunctuation | undefined;
  title: string;
  guidance?: GuidanceItem[] | undefined;
  children?: OutlineSectionInput[] | undefined;
  bindings?: SectionBindingsInput | undefined;
}

/** Where an outline comes from: the document, the clause inside it, and a note. */
export const outlineSourceSchema = z.object({
  /** "Kế hoạch 483/KH-BCA-C04 ngày 07/10/2024" */
  document: z.string().min(1),
  /** "Đề cương kèm theo", "mục II.1" */
  clause: z.string().optional(),
  note: z.string().optional(),
});
export type OutlineSource = z.infer<typeof outlineSourceSchema>;

function collectIds(sections: readonly OutlineSection[], seen: Map<string, number>): void {
  for (const section of sections) {
    seen.set(section.id, (seen.get(section.id) ?? 0) + 1);
    collectIds(section.children, seen);
  }
}

/** A report outline (đề cương báo cáo): the numbered skeleton every unit's report follows. */
export const outlineSchema = z
  .object({
    id: sectionIdSchema,
    title: z.string().trim().min(1, "tên đề cương không được để trống"),
    source: outlineSourceSchema.optional(),
    /** Lines between the title and the first heading ("(kèm theo Điện mật số …)"). */
    preamble: z.array(guidanceItemSchema).optional(),
    sections: z.array(outlineSectionSchema).min(1, "đề cương phải có ít nhất một mục"),
  })
  .superRefine((outline, ctx) => {
    const seen = new Map<string, number>();
    collectIds(outline.sections, seen);
    for (const [id, count] of seen) {
      if (count > 1) {
        ctx.addIssue({
          code: "custom",
          path: ["sections"],
          message: `mã mục "${id}" bị trùng (${count} lần): mỗi mục cần một mã riêng`,
          params: { code: "DUPLICATE_SECTION_ID" },
        });
      }
    }
  });
export type Outline = z.infer<typeof outlineSchema>;
export type OutlineInput = z.input<typeof outlineSchema>;
