import type { DataElement } from "../data/data-element.js";
import { type Issue, issue } from "../result/issue.js";
import { err, ok, type Result } from "../result/result.js";
import type { FormulaNode } from "./ast.js";
import { childNodes } from "./collect-dependencies.js";
import type { Indicator } from "./indicator.js";
import { parseFormula } from "./parse-formula.js";
import { printFormula } from "./print-formula.js";

/** What a formula may refer to. */
export interface FormulaVocabulary {
  readonly dataElements: readonly DataElement[];
  readonly indicators?: readonly Pick<Indicator, "id" | "unit">[];
}

type ValueKind = "number" | "boolean";
const KIND_LABEL: Record<ValueKind, string> = { number: "một số", boolean: "một giá trị đúng/sai" };

/** An indicator's unit in a message, in Vietnamese ("tỷ lệ phần trăm", not "percent"). */
const UNIT_NAMES: Readonly<Record<string, string>> = {
  count: "số đếm",
  number: "số",
  percent: "tỷ lệ phần trăm",
  ratio: "tỷ số",
  area_ha: "diện tích (ha)",
  money_vnd: "số tiền (đồng)",
  boolean: "có/không",
};

interface Checker {
  readonly elements: ReadonlyMap<string, DataElement>;
  readonly indicators: ReadonlyMap<string, Pick<Indicator, "id" | "unit">>;
  readonly issues: Issue[];
}

function mismatch(
  checker: Checker,
  node: FormulaNode,
  path: readonly (string | number)[],
  want: ValueKind,
  got: ValueKind,
) {
  checker.issues.push(
    issue(
      "FORMULA_TYPE_MISMATCH",
      `${printFormula(node)} là ${KIND_LABEL[got]} nhưng ở đây cần ${KIND_LABEL[want]}`,
      path,
    ),
  );
}

/** The kind of value `node` gives, checking references and operand kinds on the way (undefined: unknown). */
function check(
  checker: Checker,
  node: FormulaNode,
  path: readonly (string | number)[],
): ValueKind | undefined {
  const expect = (key: string | number, child: FormulaNode, want: ValueKind): void => {
    const got = check(checker, child, [...path, key]);
    if (got && got !== want) mismatch(checker, child, [...path, key], want, got);
  };
  const same = (
    keys: readonly (string | number)[],
    children: readonly FormulaNode[],
  ): ValueKind | undefined => {
    const kinds = children.map((child, i) => check(checker, child, [...path, keys[i] as string | number]));
    const first = kinds.find((k) => k !== undefined);
    kinds.forEach((k, i) => {
      if (first && k && k !== first)
        mismatch(checker, children[i] as FormulaNode, [...path, keys[i] as string | number], first, k);
    });
    return first;
  };
  switch (node.kind) {
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "dataElement": {
      const element = checker.elements.get(node.dataElement);
      if (!element) {
        checker.issues.push(
          issue("FORMULA_UNKNOWN_DATA_ELEMENT", `Không có phần tử dữ liệu mã "${node.dataElement}"`, path),
        );
        return undefined;
      }
      const combo = node.categoryOptionCombo;
      if (combo !== undefined && !element.categories.some((c) => c.options.some((o) => o.id === combo))) {
        checker.issues.push(
          issue(
            "FORMULA_UNKNOWN_CATEGORY_OPTION",
            `Phần tử "${element.id}" không có phân tổ "${combo}"`,
            path,
          ),
        );
      }
      return element.valueType === "boolean" ? "boolean" : "number";
    }
    case "indicator": {
      const indicator = checker.indicators.get(node.indicator);
      if (!indicator) {
        checker.issues.push(
          issue("FORMULA_UNKNOWN_INDICATOR", `Không có chỉ số mã "${node.indicator}"`, path),
        );
        return undefined;
      }
      return indicator.unit === "boolean" ? "boolean" : "number";
    }
    case "arithmetic":
    case "percent":
    case "min":
    case "max":
    case "negate":
    case "abs":
    case "sumChildren":
      for (const [key, child] of childNodes(node)) expect(key, child, "number");
      return "number";
    case "countChildren":
      expect("condition", node.condition, "boolean");
      return "number";
    case "compare":
      if (node.operator === "==" || node.operator === "!=") same(["left", "right"], [node.left, node.right]);
      else for (const [key, child] of childNodes(node)) expect(key, child, "number");
      return "boolean";
    case "logical":
    case "not":
      for (const [key, child] of childNodes(node)) expect(key, child, "boolean");
      return "boolean";
    case "if":
      expect("condition", node.condition, "boolean");
      return same(["whenTrue", "whenFalse"], [node.whenTrue, node.whenFalse]);
    case "coalesce":
      return same(["value", "fallback"], [node.value, node.fallback]);
    case "isMissing":
      check(checker, node.operand, [...path, "operand"]);
      return "boolean";
  }
}

/**
 * Check a formula against what exists: every data element and indicator it names (unknown id →
 * FORMULA_UNKNOWN_DATA_ELEMENT / FORMULA_UNKNOWN_INDICATOR / FORMULA_UNKNOWN_CATEGORY_OPTION), and
 * that numbers and yes/no values are used where they fit (FORMULA_TYPE_MISMATCH). Each issue's path
 * is `path` followed by the AST path to the node (e.g. ["formula", "whole", "left"]).
 * The value is the kind of value the formula gives.
 */
export function validateFormula(
  formula: FormulaNode,
  vocabulary: FormulaVocabulary,
  path: readonly (string | number)[] = [],
): Result<"number" | "boolean" | "unknown"> {
  const checker: Checker = {
    elements: new Map(vocabulary.dataElements.map((e) => [e.id, e])),
    indicators: new Map((vocabulary.indicators ?? []).map((i) => [i.id, i])),
    issues: [],
  };
  const kind = check(checker, formula, path);
  return checker.issues.length > 0 ? err(checker.issues) : ok(kind ?? "unknown");
}

/** The indicator ids a formula refers to. */
function referencedIndicators(node: FormulaNode, into: Set<string> = new Set()): Set<string> {
  if (node.kind === "indicator") into.add(node.indicator);
  for (const [, child] of childNodes(node)) referencedIndicators(child, into);
  return into;
}

/**
 * Validate a set of indicators together: each formula parses, names only known data elements and
 * indicators, is well typed, a boolean indicator gives yes/no and a numeric one a number, ids are
 * unique, and no indicator refers to itself through others (FORMULA_INDICATOR_CYCLE, naming the chain).
 * Paths are ["indicators", i, "formula", …]. The value maps each id to its parsed formula.
 */
export function validateIndicators(
  indicators: readonly Indicator[],
  dataElements: readonly DataElement[],
): Result<ReadonlyMap<string, FormulaNode>> {
  const issues: Issue[] = [];
  const parsed = new Map<string, FormulaNode>();
  const indexOf = new Map<string, number>();
  indicators.forEach((indicator, index) => {
    const path = ["indicators", index, "formula"];
    if (indexOf.has(indicator.id)) {
      issues.push(
        issue("INDICATOR_DUPLICATE_ID", `Mã chỉ số "${indicator.id}" bị trùng`, ["indicators", index, "id"]),
      );
      return;
    }
    indexOf.set(indicator.id, index);
    const result = parseFormula(indicator.formula, path);
    if (!result.ok) {
      issues.push(...result.errors);
      return;
    }
    parsed.set(indicator.id, result.value);
    const checked = validateFormula(result.value, { dataElements, indicators }, path);
    if (!checked.ok) {
      issues.push(...checked.errors);
      return;
    }
    const gives = checked.value;
    const wants = indicator.unit === "boolean" ? "boolean" : "number";
    if (gives !== "unknown" && gives !== wants) {
      issues.push(
        issue(
          "FORMULA_TYPE_MISMATCH",
          `Chỉ số "${indicator.id}" có đơn vị ${UNIT_NAMES[indicator.unit] ?? indicator.unit} nhưng công thức cho ${KIND_LABEL[gives]}`,
          path,
        ),
      );
    }
  });
  issues.push(...findCycles(parsed, indexOf));
  return issues.length > 0 ? err(issues) : ok(parsed);
}

function findCycles(parsed: ReadonlyMap<string, FormulaNode>, indexOf: ReadonlyMap<string, number>): Issue[] {
  const issues: Issue[] = [];
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    const formula = parsed.get(id);
    if (!formula || state.get(id) === "done") return;
    state.set(id, "visiting");
    stack.push(id);
    for (const next of referencedIndicators(formula)) {
      if (state.get(next) === "visiting") {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        const key = [...cycle.slice(0, -1)].sort().join("|");
        if (!reported.has(key)) {
          reported.add(key);
          issues.push(
            issue("FORMULA_INDICATOR_CYCLE", `Chỉ số tham chiếu vòng tròn: ${cycle.join(" → ")}`, [
              "indicators",
              indexOf.get(next) ?? 0,
              "formula",
            ]),
          );
        }
      } else {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const id of parsed.keys()) visit(id);
  return issues;
}
