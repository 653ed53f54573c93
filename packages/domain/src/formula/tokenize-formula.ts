import { describePosition, FORMULA_CODES, type FormulaIssue, positionAt } from "./formula-issue.js";

export type TokenType =
  | "number"
  | "identifier"
  | "dataRef"
  | "indicatorRef"
  | "selector"
  | "("
  | ")"
  | ","
  | "+"
  | "-"
  | "*"
  | "/"
  | "=="
  | "!="
  | "<"
  | "<="
  | ">"
  | ">="
  | "end";

/** One token; `text` is the raw text, `inner` the content between braces or brackets. */
export interface Token {
  readonly type: TokenType;
  readonly text: string;
  readonly inner: string;
  readonly offset: number;
}

const OPERATORS: readonly TokenType[] = ["==", "!=", "<=", ">=", "(", ")", ",", "+", "-", "*", "/", "<", ">"];

/** Mistakes people make from other languages, with the spelling this language uses. */
const MISSPELLED: Record<string, string> = {
  "&&": "and",
  "||": "or",
  "=": "==",
  "!": "not",
  "<>": "!=",
};

/** How a token is named in a message: "hết công thức", "số 12", "'+'", "tên 'abc'". */
export function describeToken(token: Token): string {
  switch (token.type) {
    case "end":
      return "hết công thức";
    case "number":
      return `số ${token.text}`;
    case "identifier":
      return `tên '${token.text}'`;
    case "dataRef":
    case "indicatorRef":
      return `tham chiếu ${token.text}`;
    case "selector":
      return `kỳ ${token.text}`;
    default:
      return `'${token.text}'`;
  }
}

export function lexError(
  text: string,
  offset: number,
  code: string,
  expected: readonly string[],
  found: string,
  detail?: string,
): FormulaIssue {
  const position = positionAt(text, offset);
  const what = detail ?? `cần ${expected.join(" hoặc ")} nhưng gặp ${found}`;
  return {
    code,
    message: `Lỗi cú pháp ${describePosition(text, position)}: ${what}`,
    path: [],
    position,
    expected,
    found,
  };
}

function closing(
  text: string,
  start: number,
  open: string,
  close: string,
  type: TokenType,
): Token | FormulaIssue {
  const end = text.indexOf(close, start + open.length);
  const newline = text.indexOf("\n", start);
  if (end < 0 || (newline >= 0 && newline < end)) {
    const at = newline >= 0 && (end < 0 || newline < end) ? newline : text.length;
    return lexError(
      text,
      at,
      FORMULA_CODES.syntax,
      [`'${close}'`],
      at === text.length ? "hết công thức" : "xuống dòng",
    );
  }
  return {
    type,
    text: text.slice(start, end + 1),
    inner: text.slice(start + open.length, end),
    offset: start,
  };
}

/** Split formula text into tokens, or the first lexical error. */
export function tokenizeFormula(text: string): Token[] | FormulaIssue {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === " " || ch === "\t" || ch === "\n" || ch === "\r") {
      i += 1;
      continue;
    }
    const rest = text.slice(i);
    const number = /^\d+(?:\.\d+)?/.exec(rest);
    if (number) {
      const after = rest.slice(number[0].length);
      if (/^[.,]\d/.test(after)) {
        return lexError(
          text,
          i,
          FORMULA_CODES.badNumber,
          ["một số như 68.98"],
          `'${number[0]}${after.slice(0, 2)}'`,
          `số viết sai '${(/^[\d.,]+/.exec(rest) as RegExpExecArray)[0]}': trong công thức dùng dấu chấm cho phần thập phân (68.98), không dùng dấu phân cách hàng nghìn, và sau dấu phẩy ngăn đối số phải có dấu cách`,
        );
      }
      if (/^[A-Za-z_]/.test(after)) {
        return lexError(text, i + number[0].length, FORMULA_CODES.syntax, ["một phép toán"], `'${after[0]}'`);
      }
      tokens.push({ type: "number", text: number[0], inner: number[0], offset: i });
      i += number[0].length;
      continue;
    }
    const identifier = /^[A-Za-z_][A-Za-z0-9_]*/.exec(rest);
    if (identifier) {
      tokens.push({ type: "identifier", text: identifier[0], inner: identifier[0], offset: i });
      i += identifier[0].length;
      continue;
    }
    if (rest.startsWith("#{") || rest.startsWith("@{")) {
      const token = closing(text, i, rest.slice(0, 2), "}", ch === "#" ? "dataRef" : "indicatorRef");
      if ("code" in token) return token;
      tokens.push(token);
      i += token.text.length;
      continue;
    }
    if (ch === "[") {
      const token = closing(text, i, "[", "]", "selector");
      if ("code" in token) return token;
      tokens.push(token);
      i += token.text.length;
      continue;
    }
    const misspelled = Object.keys(MISSPELLED).find((k) => rest.startsWith(k) && !rest.startsWith(`${k}=`));
    const operator = OPERATORS.find((op) => rest.startsWith(op));
    if (operator) {
      if (operator === "<" && rest.startsWith("<>")) {
        return lexError(text, i, FORMULA_CODES.syntax, ["'!='"], "'<>'");
      }
      tokens.push({ type: operator, text: operator, inner: operator, offset: i });
      i += operator.length;
      continue;
    }
    if (misspelled) {
      return lexError(text, i, FORMULA_CODES.syntax, [`'${MISSPELLED[misspelled]}'`], `'${misspelled}'`);
    }
    const char = String.fromCodePoint(text.codePointAt(i) as number);
    return lexError(
      text,
      i,
      FORMULA_CODES.syntax,
      ["một số, một tham chiếu #{…}, một hàm, một phép toán hoặc '('"],
      `ký tự '${char}'`,
    );
  }
  tokens.push({ type: "end", text: "", inner: "", offset: text.length });
  return tokens;
}
