import type { Result } from "../result/result.js";
import type { FormulaNode, NodeOf, PeriodSelector } from "./ast.js";
import { parseDecimalLiteral } from "./decimal-literal.js";
import { describePosition, FORMULA_CODES, type FormulaIssue, positionAt } from "./formula-issue.js";
import { parsePeriodSelector } from "./parse-period-selector.js";
import { describeToken, lexError, type Token, tokenizeFormula } from "./tokenize-formula.js";

/** The argument at `index`; the arity check has run before any build, so it is there. */
function at(args: readonly FormulaNode[], index: number): FormulaNode {
  const arg = args[index];
  if (!arg) throw new RangeError(`thiếu đối số ${index + 1}`);
  return arg;
}

/** Functions of the language: name → [least, most] number of arguments and how to build the node. */
const FUNCTIONS: Record<string, { min: number; max: number; build: (args: FormulaNode[]) => FormulaNode }> = {
  if: {
    min: 3,
    max: 3,
    build: (a) => ({ kind: "if", condition: at(a, 0), whenTrue: at(a, 1), whenFalse: at(a, 2) }),
  },
  percent: { min: 2, max: 2, build: (a) => ({ kind: "percent", part: at(a, 0), whole: at(a, 1) }) },
  sumChildren: { min: 1, max: 1, build: (a) => ({ kind: "sumChildren", operand: at(a, 0) }) },
  countChildren: { min: 1, max: 1, build: (a) => ({ kind: "countChildren", condition: at(a, 0) }) },
  coalesce: { min: 2, max: 2, build: (a) => ({ kind: "coalesce", value: at(a, 0), fallback: at(a, 1) }) },
  isMissing: { min: 1, max: 1, build: (a) => ({ kind: "isMissing", operand: at(a, 0) }) },
  min: { min: 2, max: Number.POSITIVE_INFINITY, build: (args) => ({ kind: "min", args }) },
  max: { min: 2, max: Number.POSITIVE_INFINITY, build: (args) => ({ kind: "max", args }) },
  abs: { min: 1, max: 1, build: (a) => ({ kind: "abs", operand: at(a, 0) }) },
};

/** The function names, for documentation and suggestions. */
export const FORMULA_FUNCTIONS: readonly string[] = Object.keys(FUNCTIONS);

const KEYWORDS = new Set(["and", "or", "not", "true", "false"]);
const COMPARISONS = new Set(["==", "!=", "<", "<=", ">", ">="]);
const DATA_REF = /^([a-z][a-z0-9_]*)(?:\.([A-Za-z0-9_-]+))?$/;
const INDICATOR_REF = /^[a-z][a-z0-9_]*$/;
const MAX_DEPTH = 100;
const OPERAND = "một số, một tham chiếu #{…}, một hàm hoặc '('";

class ParseFailure {
  constructor(readonly found: FormulaIssue) {}
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  private peek(): Token {
    return this.tokens[this.index] as Token;
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== "end") this.index += 1;
    return token;
  }

  private fail(
    token: Token,
    expected: readonly string[],
    code: string = FORMULA_CODES.syntax,
    detail?: string,
  ): never {
    throw new ParseFailure(lexError(this.text, token.offset, code, expected, describeToken(token), detail));
  }

  private expect(type: Token["type"], expected: string): Token {
    const token = this.peek();
    if (token.type !== type) this.fail(token, [expected]);
    return this.next();
  }

  private isKeyword(word: string): boolean {
    const token = this.peek();
    return token.type === "identifier" && token.text === word;
  }

  parseFormula(): FormulaNode {
    const node = this.parseOr();
    const token = this.peek();
    if (token.type !== "end") {
      this.fail(token, ["một phép toán", "hết công thức"]);
    }
    return node;
  }

  private nest<T>(token: Token, parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_DEPTH) {
      this.fail(token, [], FORMULA_CODES.tooDeep, `công thức lồng nhau quá ${MAX_DEPTH} tầng`);
    }
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }

  private parseOr(): FormulaNode {
    let left = this.parseAnd();
    while (this.isKeyword("or")) {
      this.next();
      left = { kind: "logical", operator: "or", left, right: this.parseAnd() };
    }
    return left;
  }

  private parseAnd(): FormulaNode {
    let left = this.parseNot();
    while (this.isKeyword("and")) {
      this.next();
      left = { kind: "logical", operator: "and", left, right: this.parseNot() };
    }
    return left;
  }

  private parseNot(): FormulaNode {
    if (this.isKeyword("not")) {
      const token = this.next();
      return this.nest(token, () => ({ kind: "not", operand: this.parseNot() }));
    }
    return this.parseComparison();
  }

  private parseComparison(): FormulaNode {
    const left = this.parseAdditive();
    const token = this.peek();
    if (!COMPARISONS.has(token.type)) return left;
    this.next();
    const right = this.parseAdditive();
    const after = this.peek();
    if (COMPARISONS.has(after.type)) {
      this.fail(
        after,
        ["'and'", "'or'", "')'"],
        FORMULA_CODES.syntax,
        `không viết nối tiếp hai phép so sánh (gặp ${describeToken(after)}); hãy tách bằng 'and'`,
      );
    }
    const operator = token.type as NodeOf<"compare">["operator"];
    return { kind: "compare", operator, left, right };
  }

  private parseAdditive(): FormulaNode {
    let left = this.parseMultiplicative();
    for (let token = this.peek(); token.type === "+" || token.type === "-"; token = this.peek()) {
      this.next();
      left = { kind: "arithmetic", operator: token.type, left, right: this.parseMultiplicative() };
    }
    return left;
  }

  private parseMultiplicative(): FormulaNode {
    let left = this.parseUnary();
    for (let token = this.peek(); token.type === "*" || token.type === "/"; token = this.peek()) {
      this.next();
      left = { kind: "arithmetic", operator: token.type, left, right: this.parseUnary() };
    }
    return left;
  }

  private parseUnary(): FormulaNode {
    const token = this.peek();
    if (token.type === "-") {
      this.next();
      return this.nest(token, () => ({ kind: "negate", operand: this.parseUnary() }));
    }
    return this.parsePrimary();
  }

  private parseSelector(): PeriodSelector {
    const token = this.peek();
    if (token.type !== "selector") return { kind: "current" };
    this.next();
    const selector = parsePeriodSelector(token.inner);
    if (!selector) {
      this.fail(
        token,
        ["[previous]", "[-n]", "[2015]", "[2020S1]", "[2020Q3]", "[2020-07]", "[baseline]", "[baseline:tên]"],
        FORMULA_CODES.badPeriod,
        `kỳ '${token.text}' không hợp lệ; cần [previous], [-n] (n kỳ trước), một mã kỳ như [2015], [2020S1], [2020Q3], [2020-07], [2017-01-01/2020-06-30], hoặc [baseline] / [baseline:tên]`,
      );
    }
    return selector;
  }

  private parsePrimary(): FormulaNode {
    const token = this.peek();
    switch (token.type) {
      case "number": {
        this.next();
        const value = parseDecimalLiteral(token.text);
        if (!value) return this.fail(token, [OPERAND], FORMULA_CODES.badNumber);
        return { kind: "number", value };
      }
      case "dataRef": {
        this.next();
        const m = DATA_REF.exec(token.inner);
        if (!m) {
          this.fail(
            token,
            ["#{mã_phần_tử}", "#{mã_phần_tử.mã_phân_tổ}"],
            FORMULA_CODES.badReference,
            `tham chiếu ${token.text} không hợp lệ; cần #{mã} hoặc #{mã.phân_tổ}, mã gồm chữ thường không dấu, số và '_'`,
          );
        }
        const period = this.parseSelector();
        const dataElement = m[1] as string;
        return m[2] === undefined
          ? { kind: "dataElement", dataElement, period }
          : { kind: "dataElement", dataElement, categoryOptionCombo: m[2], period };
      }
      case "indicatorRef": {
        this.next();
        if (!INDICATOR_REF.test(token.inner)) {
          this.fail(
            token,
            ["@{mã_chỉ_số}"],
            FORMULA_CODES.badReference,
            `tham chiếu chỉ số ${token.text} không hợp lệ; mã gồm chữ thường không dấu, số và '_'`,
          );
        }
        return { kind: "indicator", indicator: token.inner, period: this.parseSelector() };
      }
      case "(": {
        this.next();
        const inner = this.nest(token, () => this.parseOr());
        this.expect(")", "')'");
        return inner;
      }
      case "identifier":
        return this.parseWord(token);
      default:
        return this.fail(token, [OPERAND]);
    }
  }

  private parseWord(token: Token): FormulaNode {
    const word = token.text;
    if (word === "true" || word === "false") {
      this.next();
      return { kind: "boolean", value: word === "true" };
    }
    if (KEYWORDS.has(word)) this.fail(token, [OPERAND]);
    this.next();
    const spec = FUNCTIONS[word];
    if (this.peek().type !== "(") {
      if (spec) this.fail(this.peek(), ["'('"]);
      this.fail(
        token,
        [OPERAND],
        FORMULA_CODES.syntax,
        `cần ${OPERAND} nhưng gặp tên '${word}'; tham chiếu phần tử dữ liệu viết #{${word}}, chỉ số viết @{${word}}`,
      );
    }
    if (!spec) {
      const similar = FORMULA_FUNCTIONS.find((name) => name.toLowerCase() === word.toLowerCase());
      const hint = similar ? `có phải '${similar}'?` : `các hàm có: ${FORMULA_FUNCTIONS.join(", ")}`;
      this.fail(
        token,
        FORMULA_FUNCTIONS.map((f) => `'${f}'`),
        FORMULA_CODES.unknownFunction,
        `không có hàm '${word}'; ${hint}`,
      );
    }
    const open = this.next();
    const args: FormulaNode[] = [];
    this.nest(open, () => {
      if (this.peek().type === ")") return;
      args.push(this.parseOr());
      while (this.peek().type === ",") {
        this.next();
        args.push(this.parseOr());
      }
    });
    const close = this.peek();
    if (close.type !== ")") this.fail(close, ["','", "')'"]);
    this.next();
    if (args.length < spec.min || args.length > spec.max) {
      const want = spec.min === spec.max ? `đúng ${spec.min}` : `ít nhất ${spec.min}`;
      this.fail(
        token,
        [`${want} đối số`],
        FORMULA_CODES.arity,
        `hàm ${word} cần ${want} đối số nhưng có ${args.length}`,
      );
    }
    return spec.build(args);
  }
}

/**
 * Parse formula text into its AST. A mistake gives one FormulaIssue with a stable code
 * (FORMULA_SYNTAX, FORMULA_UNKNOWN_FUNCTION, FORMULA_ARITY, FORMULA_BAD_REFERENCE, FORMULA_BAD_PERIOD,
 * FORMULA_BAD_NUMBER, FORMULA_EMPTY, FORMULA_TOO_DEEP), its line, column and offset, what was
 * expected and a Vietnamese message ("Lỗi cú pháp ở cột 12: cần ')' nhưng gặp hết công thức").
 * `path` is put in front of each issue's path (e.g. ["indicators", 3, "formula"]).
 */
export function parseFormula(text: string, path: readonly (string | number)[] = []): Result<FormulaNode> {
  if (typeof text !== "string" || !Array.isArray(path)) {
    return {
      ok: false,
      errors: [
        {
          code: "ARGUMENT_INVALID",
          message: "parseFormula: cần (text: công thức dạng chuỗi, path?: mảng), theo thứ tự đó",
          path: Array.isArray(path) ? [...path] : [],
        },
      ],
    };
  }
  const failure = parseOrIssue(text);
  if ("code" in failure) return { ok: false, errors: [{ ...failure, path: [...path, ...failure.path] }] };
  return { ok: true, value: failure, warnings: [] };
}

/** The same as parseFormula, with the issue typed as FormulaIssue (position, expected, found). */
export function parseOrIssue(text: string): FormulaNode | FormulaIssue {
  if (text.trim() === "") {
    const position = positionAt(text, text.length);
    return {
      code: FORMULA_CODES.empty,
      message: `Lỗi cú pháp ${describePosition(text, position)}: công thức trống`,
      path: [],
      position,
      expected: [OPERAND],
      found: "hết công thức",
    };
  }
  const tokens = tokenizeFormula(text);
  if (!Array.isArray(tokens)) return tokens;
  try {
    return new Parser(text, tokens).parseFormula();
  } catch (caught) {
    if (caught instanceof ParseFailure) return caught.found;
    throw caught;
  }
}
