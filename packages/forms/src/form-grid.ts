/** Where things sit on a form sheet; read back by readForm, so both sides share these numbers. */
export const GRID = {
  titleRow: 1,
  subtitleRow: 2,
  noteRow: 3,
  /** Hidden: the period id of each column. */
  periodRow: 4,
  headerRow: 5,
  firstUnitRow: 6,
  /** Column A: unit code; B: unit name; C onwards: one period each. */
  codeColumn: 1,
  nameColumn: 2,
  firstValueColumn: 3,
} as const;

/** The hidden sheet that says which campaign, unit and data element each sheet is. */
export const META_SHEET = "_pctm";
export const META_MARK = "pctm-form";
export const META_VERSION = 1;
export const TOTAL_LABEL = "Tổng cộng";
