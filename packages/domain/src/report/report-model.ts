import { z } from "zod";
import { VERDICT_CODES } from "../verdict/verdict.js";

/**
 * The report as data: what a renderer prints, already worded and formatted the Vietnamese way
 * (numbers, dates, numbering). Renderers (DOCX, HTML, Markdown) only lay it out; every decision
 * about content is taken here, once, so the three formats always say the same thing.
 */

/**
 * Which presentation rules a document follows: "state" (Nghị định 30/2020/NĐ-CP) or "party"
 * (Hướng dẫn 36-HD/VPTW: "ĐẢNG CỘNG SẢN VIỆT NAM" underlined, a star under the issuer, "Số 12-BC/TU").
 */
export const documentStyleSchema = z.enum(["state", "party"]);
export type DocumentStyle = z.infer<typeof documentStyleSchema>;

/** The top of the page (Nghị định 30/2020, Phụ lục I): two columns, then the type and summary. */
export const reportHeaderSchema = z.object({
  /** Absent: "state". A Party document underlines the national title and puts a star under the issuer. */
  style: documentStyleSchema.optional(),
  /** Left column, upper case, upright: the body above the issuer ("UBND TỈNH THỪA THIÊN HUẾ"); often empty. */
  parentBody: z.array(z.string()).default([]),
  /** Left column, upper case, bold, with a short rule below ("ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"). */
  issuingBody: z.array(z.string().min(1)).min(1),
  /** "Số:      /BC-UBND" — a blank number is left for the clerk to fill. */
  reference: z.string().min(1),
  /** Right column, upper case bold: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or "ĐẢNG CỘNG SẢN VIỆT NAM"). */
  nationalTitle: z.string().min(1),
  /** "Độc lập - Tự do - Hạnh phúc" with a full-width rule below; absent on Party documents. */
  motto: z.string().optional(),
  /** In italics: "Thừa Thiên Huế, ngày 10 tháng 7 năm 2020". */
  placeDate: z.string().min(1),
  /** "BÁO CÁO", upper case bold, centred. */
  documentType: z.string().min(1),
  /** The summary line under the type, bold, with a short rule. */
  summary: z.string().min(1),
});
export type ReportHeader = z.infer<typeof reportHeaderSchema>;

/** Text the user wrote for a section; `from` names the unit it came from in a consolidated report. */
export const narrativeBlockSchema = z.object({
  kind: z.literal("narrative"),
  from: z.string().optional(),
  paragraphs: z.array(z.string()),
});

/** No text yet: a clearly marked placeholder carrying the outline's guidance for the section. */
export const placeholderBlockSchema = z.object({
  kind: z.literal("placeholder"),
  label: z.string().min(1),
  guidance: z.array(z.string()),
});

/** One generated paragraph (a sentence per figure, a sentence per verdict). */
export const paragraphBlockSchema = z.object({
  kind: z.literal("paragraph"),
  text: z.string().min(1),
});

export const targetRowSchema = z.object({
  targetId: z.string().min(1),
  /**
   * The target's short name, printed first (bold): the quote alone may start mid-sentence
   * ("được phát hiện, xử lý tăng hơn 5% …"). Absent in models made before it existed.
   */
  title: z.string().min(1).optional(),
  /** The quoted Vietnamese text of the target, as in its document (printed under the title, in italics). */
  quote: z.string().min(1),
  /** Where it comes from ("424/QĐ-TTg, mục III"), for traceability. */
  source: z.string().optional(),
  /** Period judged ("Năm 2019", "01/01/2017 - 30/6/2020"). */
  period: z.string().min(1),
  expected: z.string(),
  actual: z.string(),
  completion: z.string().optional(),
  verdict: z.enum(VERDICT_CODES as [string, ...string[]]),
  verdictLabel: z.string().min(1),
  sentence: z.string().min(1),
});
export type TargetRow = z.infer<typeof targetRowSchema>;

/** The targets bound to a section: target, quote, expected, actual, verdict. */
export const targetTableBlockSchema = z.object({
  kind: z.literal("target_table"),
  caption: z.string().min(1),
  rows: z.array(targetRowSchema),
});

export const figureRowSchema = z.object({
  unitCode: z.string().min(1),
  unitName: z.string().min(1),
  /** One cell per column; "—" where the unit did not report. */
  cells: z.array(z.string()),
  reported: z.boolean(),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

/** A figure by child unit, one column per period, with totals and the units that did not report. */
export const figureTableBlockSchema = z.object({
  kind: z.literal("figure_table"),
  caption: z.string().min(1),
  dataElement: z.string().min(1),
  /** Column headers after the unit column ("2017", "2018", "6 tháng đầu năm 2020"). */
  columns: z.array(z.string()),
  rows: z.array(figureRowSchema),
  totalLabel: z.string().min(1),
  totals: z.array(z.string()),
  /** Per column: how many units did not report. */
  missingCounts: z.array(z.number().int().nonnegative()),
  /** "2/9 đơn vị chưa báo cáo: huyện A Lưới, huyện Nam Đông." or "" when all did. */
  note: z.string(),
  /**
   * Why figures are marked "*" (rolled up from only some of the units under them), one line each:
   * "* Thành phố Huế (6 tháng đầu năm 2020): thiếu số liệu 3/36 xã, phường: Phường A, Phường B, Phường C."
   */
  footnotes: z.array(z.string()).default([]),
});
export type FigureTableBlock = z.infer<typeof figureTableBlockSchema>;

export const chartSeriesSchema = z.object({
  name: z.string().min(1),
  role: z.enum(["actual", "expected"]),
  /** Plot positions only (display), null where there is no value; verdicts never read these. */
  values: z.array(z.number().nullable()),
  /** The same values as printed ("7,5%"), null where there is none. */
  labels: z.array(z.string().nullable()),
  /**
   * For an expected range ("từ 5% đến 10%"): the upper bounds, `values` holding the lower ones; the
   * target is drawn as a band between them, not as a line at its minimum.
   */
  upper: z.array(z.number().nullable()).optional(),
});

/** Progress of a target over the years: actual against the expected trajectory. */
export const chartBlockSchema = z.object({
  kind: z.literal("chart"),
  id: z.string().min(1),
  title: z.string().min(1),
  unitLabel: z.string(),
  categories: z.array(z.string()).min(1),
  series: z.array(chartSeriesSchema).min(1),
});
export type ChartBlock = z.infer<typeof chartBlockSchema>;

/** Units that were due to submit a report and did not. */
export const missingSubmissionsBlockSchema = z.object({
  kind: z.literal("missing_submissions"),
  text: z.string().min(1),
  units: z.array(z.string()),
});

export const reportBlockSchema = z.discriminatedUnion("kind", [
  narrativeBlockSchema,
  placeholderBlockSchema,
  paragraphBlockSchema,
  targetTableBlockSchema,
  figureTableBlockSchema,
  chartBlockSchema,
  missingSubmissionsBlockSchema,
]);
export type ReportBlock = z.infer<typeof reportBlockSchema>;
export type NarrativeBlock = z.infer<typeof narrativeBlockSchema>;
export type PlaceholderBlock = z.infer<typeof placeholderBlockSchema>;
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;
export type TargetTableBlock = z.infer<typeof targetTableBlockSchema>;
export type MissingSubmissionsBlock = z.infer<typeof missingSubmissionsBlockSchema>;

/**
 * How a heading is laid out: "part" ("Phần thứ nhất", centred, title on its own line), "roman"
 * ("I." upper case bold), "arabic" ("1." bold), "decimal" ("1.1." bold italic), "letter" ("a)" italic).
 */
export const headingStyleSchema = z.enum(["part", "roman", "arabic", "decimal", "letter"]);
export type HeadingStyle = z.infer<typeof headingStyleSchema>;

export interface ReportSection {
  readonly id: string;
  readonly style: HeadingStyle;
  /** The generated numbering as printed: "Phần thứ nhất", "I.", "1.", "2.1.", "a)". */
  readonly numbering: string;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
  readonly children: readonly ReportSection[];
}

export const reportSectionSchema: z.ZodType<ReportSection> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    style: headingStyleSchema,
    numbering: z.string(),
    title: z.string().min(1),
    blocks: z.array(reportBlockSchema),
    children: z.array(reportSectionSchema),
  }),
);

/** The end of the document: "Nơi nhận" on the left, the authority and the signer on the right. */
export const signatureBlockSchema = z.object({
  /** Absent: "state". A Party document underlines an upright "Nơi nhận:". */
  style: documentStyleSchema.optional(),
  recipientsTitle: z.string().default("Nơi nhận:"),
  /** Printed lines: "- Bộ Công an (C04);" … "- Lưu: VT, NC." */
  recipients: z.array(z.string()),
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  authority: z.array(z.string()).min(1),
  /** The signer's name, printed bold under the space for the signature ("[Họ và tên]" when not given). */
  signerName: z.string(),
  /** True when no signer was given: `signerName` is the "[Họ và tên]" placeholder, to be marked. */
  signerMissing: z.boolean().optional(),
});
export type SignatureBlock = z.infer<typeof signatureBlockSchema>;

export const reportModelSchema = z.object({
  header: reportHeaderSchema,
  /** Paragraphs before the first section ("Thực hiện Kế hoạch số …"). */
  opening: z.array(z.string()).default([]),
  /** Blocks before the first section (e.g. the units that did not submit, in a consolidated report). */
  preface: z.array(reportBlockSchema).default([]),
  sections: z.array(reportSectionSchema),
  signature: signatureBlockSchema,
  /** Facts about how the report was made, for the renderers' document properties and footers. */
  meta: z.object({
    title: z.string().min(1),
    unitCode: z.string().optional(),
    campaignId: z.string().optional(),
    dataWindow: z.string().optional(),
  }),
});
export type ReportModel = z.infer<typeof reportModelSchema>;
export type ReportModelInput = z.input<typeof reportModelSchema>;
