import type { Issue } from "../result/issue.js";

/** Where in the formula text: 1-based line and column (in characters), 0-based offset. */
export interface FormulaPosition {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A syntax error: the stable code, the Vietnamese message, the position and what was expected. */
export interface FormulaIssue extends Issue {
  readonly position: FormulaPosition;
  /** what would have been accepted there, in Vietnamese ("')'", "một số") */
  readonly expected: readonly string[];
  /** what was there instead ("hết công thức", "'+'") */
  readonly found: string;
}

/** Stable codes of formula errors. */
export const FORMULA_CODES = {
  syntax: "FORMULA_SYNTAX",
  empty: "FORMULA_EMPTY",
  unknownFunction: "FORMULA_UNKNOWN_FUNCTION",
  arity: "FORMULA_ARITY",
  badReference: "FORMULA_BAD_REFERENCE",
  badPeriod: "FORMULA_BAD_PERIOD",
  badNumber: "FORMULA_BAD_NUMBER",
  tooDeep: "FORMULA_TOO_DEEP",
} as const;

export function positionAt(text: string, offset: number): FormulaPosition {
  const before = text.slice(0, offset);
  const lines = before.split("\n");
  const last = lines[lines.length - 1] ?? "";
  return { line: lines.length, column: [...last].length + 1, offset };
}

/** "ở cột 12" for a one-line formula, "ở dòng 2, cột 5" otherwise. */
export function describePosition(text: string, position: FormulaPosition): string {
  return text.includes("\n") ? `ở dòng ${position.line}, cột ${position.column}` : `ở cột ${position.column}`;
}
