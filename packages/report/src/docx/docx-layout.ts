/**
 * Page and type measures from Nghị định 30/2020/NĐ-CP, Phụ lục I, in Word's units:
 * twips (1/20 pt; 1 mm ≈ 56,7 twips) for lengths, half-points for font sizes.
 */
const mm = (value: number) => Math.round((value * 1440) / 25.4);

export const PAGE = {
  width: 11906, // A4 210 mm
  height: 16838, // A4 297 mm
  marginTop: mm(20),
  marginBottom: mm(20),
  marginLeft: mm(30),
  marginRight: mm(15),
  /** The page number sits in the top margin. */
  header: mm(10),
  footer: mm(10),
} as const;

/** Text width between the margins. */
export const CONTENT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;

export const FONT = "Times New Roman";

/** Sizes in half-points. */
export const SIZE = {
  body: 28, // 14 pt
  header: 26, // 13 pt: issuer, number, place and date
  national: 25, // 12,5 pt: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
  motto: 27, // 13,5 pt
  title: 28, // 14 pt: "BÁO CÁO" and the summary line
  table: 24, // 12 pt
  recipientsTitle: 24, // 12 pt
  recipients: 22, // 11 pt
  pageNumber: 28, // 14 pt
} as const;

/** First-line indent of body paragraphs: 1 cm. */
export const FIRST_LINE_INDENT = mm(10);
/** 6 pt after each paragraph, line spacing 1,15. */
export const PARAGRAPH_AFTER = 120;
export const LINE = 276;
