import { dataValueKey } from "../data/data-value-key.js";
import type { DataUsed, IndicatorOutcome, MissingInput } from "../data/lineage.js";
import {
  abs,
  add,
  compare,
  divide,
  HUNDRED,
  isZero,
  max,
  min,
  multiply,
  negate,
  ONE,
  type Rational,
  subtract,
  ZERO,
} from "../number/rational.js";
import { issue } from "../result/issue.js";
import { PctmError } from "../result/result.js";
import type { FormulaNode, PeriodSelector } from "./ast.js";
import type { FormulaContext } from "./formula-context.js";
import { printFormula, printPeriodSelector } from "./print-formula.js";
import { shiftPeriodDefault } from "./shift-period.js";

type Value = Rational | boolean;

/** The result of one sub-expression: a value, the inputs it lacks, or the denominator that was zero. */
type Evaluated =
  | { readonly state: "value"; readonly value: Value }
  | { readonly state: "missing"; readonly missing: readonly MissingInput[] }
  | { readonly state: "zero"; readonly denominator: string };

interface Run {
  readonly context: FormulaContext;
  readonly used: Map<string, DataUsed>;
  /** indicator ids being evaluated, to stop a reference cycle */
  readonly indicators: string[];
}

const value = (v: Value): Evaluated => ({ state: "value", value: v });

function typeError(node: FormulaNode, expected: "number" | "boolean", got: Value): never {
  const want = expected === "number" ? "một số" : "một giá trị đúng/sai";
  const have = typeof got === "boolean" ? "giá trị đúng/sai" : "một số";
  throw new PctmError(
    issue("FORMULA_TYPE_MISMATCH", `Biểu thức ${printFormula(node)} cần ${want} nhưng nhận ${have}`),
  );
}

function asNumber(node: FormulaNode, v: Value): Rational {
  if (typeof v === "boolean") return typeError(node, "number", v);
  return v;
}

function asBoolean(node: FormulaNode, v: Value): boolean {
  if (typeof v !== "boolean") return typeError(node, "boolean", v);
  return v;
}

/**
 * Several operands at once: missing inputs win (all of them are listed), then the first zero
 * denominator; otherwise their values.
 */
function all(parts: readonly Evaluated[]): Evaluated | Value[] {
  if (parts.every((p) => p.state === "value")) return parts.map((p) => (p as { value: Value }).value);
  const missing = parts.flatMap((p) => (p.state === "missing" ? p.missing : []));
  if (missing.length > 0) return { state: "missing", missing };
  const zero = parts.find((p) => p.state === "zero");
  if (zero) return zero;
  return parts.map((p) => (p as { value: Value }).value);
}

/** Two operands, the first evaluated first: both values, or what stops them (as `all`). */
function evaluatePair(
  run: Run,
  first: FormulaNode,
  second: FormulaNode,
  orgUnit: string,
  periodId: string,
): Evaluated | [Value, Value] {
  const both = all([evaluate(run, first, orgUnit, periodId), evaluate(run, second, orgUnit, periodId)]);
  return Array.isArray(both) ? (both as [Value, Value]) : both;
}

function resolvePeriod(run: Run, selector: PeriodSelector, periodId: string): string | undefined {
  switch (selector.kind) {
    case "current":
      return periodId;
    case "period":
      return selector.period;
    case "baseline":
      return run.context.baselines?.[selector.name];
    case "previous": {
      const shift = run.context.shiftPeriod ?? shiftPeriodDefault;
      return shift(periodId, -selector.count);
    }
  }
}

function readDataElement(
  run: Run,
  node: FormulaNode & { kind: "dataElement" },
  orgUnit: string,
  periodId: string,
): Evaluated {
  const combo = node.categoryOptionCombo;
  const period = resolvePeriod(run, node.period, periodId);
  if (period === undefined) {
    // the period itself cannot be named (unbound baseline, no previous period): say which selector
    const missing: MissingInput = {
      dataElement: node.dataElement,
      orgUnit,
      period: `${periodId}${printPeriodSelector(node.period)}`,
      ...(combo === undefined ? {} : { categoryOptionCombo: combo }),
    };
    return { state: "missing", missing: [missing] };
  }
  const found = run.context.lookup(node.dataElement, orgUnit, period, combo);
  if (found === undefined) {
    const where: MissingInput =
      combo === undefined
        ? { dataElement: node.dataElement, orgUnit, period }
        : { dataElement: node.dataElement, orgUnit, period, categoryOptionCombo: combo };
    return { state: "missing", missing: [where] };
  }
  const key = dataValueKey(node.dataElement, orgUnit, period, combo);
  if (!run.used.has(key)) {
    run.used.set(
      key,
      combo === undefined
        ? { dataElement: node.dataElement, orgUnit, period, value: found }
        : { dataElement: node.dataElement, orgUnit, period, categoryOptionCombo: combo, value: found },
    );
  }
  return value(found);
}

function readIndicator(
  run: Run,
  node: FormulaNode & { kind: "indicator" },
  orgUnit: string,
  periodId: string,
): Evaluated {
  if (run.indicators.includes(node.indicator)) {
    const chain = [...run.indicators, node.indicator].join(" → ");
    throw new PctmError(issue("FORMULA_INDICATOR_CYCLE", `Chỉ số tham chiếu vòng tròn: ${chain}`));
  }
  const formula = run.context.resolveIndicator?.(node.indicator);
  if (!formula) {
    throw new PctmError(issue("FORMULA_UNKNOWN_INDICATOR", `Không có chỉ số mã "${node.indicator}"`));
  }
  const period = resolvePeriod(run, node.period, periodId);
  if (period === undefined) {
    return {
      state: "missing",
      missing: [
        {
          dataElement: `@${node.indicator}`,
          orgUnit,
          period: `${periodId}${printPeriodSelector(node.period)}`,
        },
      ],
    };
  }
  run.indicators.push(node.indicator);
  try {
    return evaluate(run, formula, orgUnit, period);
  } finally {
    run.indicators.pop();
  }
}

function arithmetic(
  run: Run,
  node: FormulaNode & { kind: "arithmetic" },
  orgUnit: string,
  periodId: string,
): Evaluated {
  const operands = evaluatePair(run, node.left, node.right, orgUnit, periodId);
  if (!Array.isArray(operands)) return operands;
  const a = asNumber(node.left, operands[0]);
  const b = asNumber(node.right, operands[1]);
  switch (node.operator) {
    case "+":
      return value(add(a, b));
    case "-":
      return value(subtract(a, b));
    case "*":
      return value(multiply(a, b));
    case "/": {
      const q = divide(a, b);
      return q ? value(q) : { state: "zero", denominator: printFormula(node.right) };
    }
  }
}

function comparison(
  run: Run,
  node: FormulaNode & { kind: "compare" },
  orgUnit: string,
  periodId: string,
): Evaluated {
  const operands = evaluatePair(run, node.left, node.right, orgUnit, periodId);
  if (!Array.isArray(operands)) return operands;
  const [a, b] = operands;
  if (node.operator === "==" || node.operator === "!=") {
    let same: boolean;
    if (typeof a === "boolean" || typeof b === "boolean") {
      same = asBoolean(node.left, a) === asBoolean(node.right, b);
    } else {
      same = compare(a, b) === 0;
    }
    return value(node.operator === "==" ? same : !same);
  }
  const order = compare(asNumber(node.left, a), asNumber(node.right, b));
  switch (node.operator) {
    case "<":
      return value(order < 0);
    case "<=":
      return value(order <= 0);
    case ">":
      return value(order > 0);
    case ">=":
      return value(order >= 0);
  }
}

/** Three-valued and/or: a decisive side (false for and, true for or) wins even if the other is missing. */
function logical(
  run: Run,
  node: FormulaNode & { kind: "logical" },
  orgUnit: string,
  periodId: string,
): Evaluated {
  const decisive = node.operator === "or";
  const left = evaluate(run, node.left, orgUnit, periodId);
  if (left.state === "value" && asBoolean(node.left, left.value) === decisive) return value(decisive);
  const right = evaluate(run, node.right, orgUnit, periodId);
  if (right.state === "value" && asBoolean(node.right, right.value) === decisive) return value(decisive);
  const operands = all([left, right]);
  if (!Array.isArray(operands)) return operands;
  return value(!decisive);
}

function overChildren(
  run: Run,
  operand: FormulaNode,
  orgUnit: string,
  periodId: string,
  step: (acc: Rational, v: Value) => Rational,
): Evaluated {
  const parts = run.context.childrenOf(orgUnit).map((child) => evaluate(run, operand, child, periodId));
  const values = all(parts);
  if (!Array.isArray(values)) return values;
  return value(values.reduce<Rational>(step, ZERO));
}

function extreme(
  run: Run,
  node: FormulaNode & { kind: "min" | "max" },
  orgUnit: string,
  periodId: string,
): Evaluated {
  const values = all(node.args.map((arg) => evaluate(run, arg, orgUnit, periodId)));
  if (!Array.isArray(values)) return values;
  const numbers = values.map((v, i) => asNumber(node.args[i] as FormulaNode, v));
  const pick = node.kind === "min" ? min : max;
  return value(numbers.slice(1).reduce(pick, numbers[0] as Rational));
}

function evaluate(run: Run, node: FormulaNode, orgUnit: string, periodId: string): Evaluated {
  switch (node.kind) {
    case "number":
    case "boolean":
      return value(node.value);
    case "dataElement":
      return readDataElement(run, node, orgUnit, periodId);
    case "indicator":
      return readIndicator(run, node, orgUnit, periodId);
    case "arithmetic":
      return arithmetic(run, node, orgUnit, periodId);
    case "negate": {
      const r = evaluate(run, node.operand, orgUnit, periodId);
      return r.state === "value" ? value(negate(asNumber(node.operand, r.value))) : r;
    }
    case "abs": {
      const r = evaluate(run, node.operand, orgUnit, periodId);
      return r.state === "value" ? value(abs(asNumber(node.operand, r.value))) : r;
    }
    case "compare":
      return comparison(run, node, orgUnit, periodId);
    case "logical":
      return logical(run, node, orgUnit, periodId);
    case "not": {
      const r = evaluate(run, node.operand, orgUnit, periodId);
      return r.state === "value" ? value(!asBoolean(node.operand, r.value)) : r;
    }
    case "if": {
      const c = evaluate(run, node.condition, orgUnit, periodId);
      if (c.state !== "value") return c;
      return evaluate(
        run,
        asBoolean(node.condition, c.value) ? node.whenTrue : node.whenFalse,
        orgUnit,
        periodId,
      );
    }
    case "percent": {
      const operands = evaluatePair(run, node.part, node.whole, orgUnit, periodId);
      if (!Array.isArray(operands)) return operands;
      const whole = asNumber(node.whole, operands[1]);
      if (isZero(whole)) return { state: "zero", denominator: printFormula(node.whole) };
      const ratio = divide(asNumber(node.part, operands[0]), whole) as Rational;
      return value(multiply(ratio, HUNDRED));
    }
    case "sumChildren":
      return overChildren(run, node.operand, orgUnit, periodId, (acc, v) =>
        add(acc, asNumber(node.operand, v)),
      );
    case "countChildren":
      return overChildren(run, node.condition, orgUnit, periodId, (acc, v) =>
        asBoolean(node.condition, v) ? add(acc, ONE) : acc,
      );
    case "coalesce": {
      const r = evaluate(run, node.value, orgUnit, periodId);
      return r.state === "missing" ? evaluate(run, node.fallback, orgUnit, periodId) : r;
    }
    case "isMissing": {
      const r = evaluate(run, node.operand, orgUnit, periodId);
      return r.state === "zero" ? r : value(r.state === "missing");
    }
    case "min":
    case "max":
      return extreme(run, node, orgUnit, periodId);
  }
}

/**
 * Evaluate a formula for one unit and period, exactly (Rational arithmetic throughout).
 * A missing input makes the result `missing` and lists every input that is missing (nothing is
 * silently zero; use `coalesce` or `isMissing` to say otherwise); a zero denominator gives
 * `zero_denominator` with the denominator's text; `used` lists every value read (the lineage).
 * Throws PctmError only for a formula that validation would have rejected: FORMULA_TYPE_MISMATCH
 * (e.g. a yes/no value added to a number), FORMULA_UNKNOWN_INDICATOR, FORMULA_INDICATOR_CYCLE, and
 * for arguments that are not (formula AST from parseFormula, orgUnit, periodId, context) in that
 * order: ARGUMENT_INVALID naming the argument, never a TypeError from inside.
 * The values are exact Rationals over bigint, which JSON.stringify cannot write: pass the outcome
 * through indicatorOutcomeToJson for JSON (each value as its fraction string, "17/20").
 */
export function evaluateFormula(
  formula: FormulaNode,
  orgUnit: string,
  periodId: string,
  context: FormulaContext,
): IndicatorOutcome {
  checkArguments(formula, orgUnit, periodId, context);
  const run: Run = { context, used: new Map(), indicators: [] };
  const result = evaluate(run, formula, orgUnit, periodId);
  const used = [...run.used.values()];
  switch (result.state) {
    case "value":
      return { status: "value", value: result.value, used };
    case "missing":
      return { status: "missing", missing: dedupeMissing(result.missing), used };
    case "zero":
      return { status: "zero_denominator", denominator: result.denominator, used };
  }
}

function dedupeMissing(missing: readonly MissingInput[]): MissingInput[] {
  const seen = new Map<string, MissingInput>();
  for (const m of missing) {
    const key = dataValueKey(m.dataElement, m.orgUnit, m.period, m.categoryOptionCombo);
    if (!seen.has(key)) seen.set(key, m);
  }
  return [...seen.values()];
}

/** The arguments in the documented order and shape, or PctmError(ARGUMENT_INVALID) naming the first wrong one. */
function checkArguments(formula: unknown, orgUnit: unknown, periodId: unknown, context: unknown): void {
  const wrong = (argument: string, expected: string): never => {
    throw new PctmError(
      issue(
        "ARGUMENT_INVALID",
        `evaluateFormula: đối số ${argument} phải là ${expected}; thứ tự là (formula, orgUnit, periodId, context)`,
        [argument],
      ),
    );
  };
  if (
    typeof formula !== "object" ||
    formula === null ||
    typeof (formula as { kind?: unknown }).kind !== "string"
  ) {
    wrong("formula", "cây công thức do parseFormula trả về (không phải chuỗi công thức)");
  }
  if (typeof orgUnit !== "string") wrong("orgUnit", "mã đơn vị (chuỗi)");
  if (typeof periodId !== "string") wrong("periodId", 'mã kỳ (chuỗi, như "2020")');
  if (
    typeof context !== "object" ||
    context === null ||
    typeof (context as { lookup?: unknown }).lookup !== "function"
  ) {
    wrong("context", "ngữ cảnh số liệu có lookup (createDataContext)");
  }
}
