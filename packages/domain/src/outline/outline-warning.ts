import type { Issue } from "../result/issue.js";

/** A span of source lines, 1-based and inclusive. */
export interface LineRange {
  readonly from: number;
  readonly to: number;
}

/** A warning or error from reading an outline: an Issue that also names the source lines. */
export interface OutlineWarning extends Issue {
  readonly lines: LineRange;
}

/** "dòng 7" or "dòng 7–9", as shown to people. */
export function describeLines(lines: LineRange): string {
  return lines.from === lines.to ? `dòng ${lines.from}` : `dòng ${lines.from}–${lines.to}`;
}

export function outlineWarning(code: string, message: string, lines: LineRange): OutlineWarning {
  return { code, message, lines, path: [describeLines(lines)] };
}
