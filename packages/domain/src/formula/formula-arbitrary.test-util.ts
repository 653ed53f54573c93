import fc from "fast-check";
import { rational } from "../number/rational.js";
import type { FormulaNode, PeriodSelector } from "./ast.js";
import { fx } from "./builders.js";

/** Test helpers: random formulas built with the builders (so the laws also check builders = parser). */
const id = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
const combo = fc.stringMatching(/^[A-Za-z0-9_-]{1,6}$/);

export const periodSelectorArbitrary: fc.Arbitrary<PeriodSelector> = fc.oneof(
  fc.constant<PeriodSelector>({ kind: "current" }),
  fc.integer({ min: 1, max: 40 }).map<PeriodSelector>((count) => ({ kind: "previous", count })),
  fc
    .oneof(
      fc.integer({ min: 1990, max: 2040 }).map(String),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 }))
        .map(([y, q]) => `${y}Q${q}`),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 2 }))
        .map(([y, s]) => `${y}S${s}`),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }))
        .map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc.constant("2017-01-01/2020-06-30"),
    )
    .map<PeriodSelector>((period) => ({ kind: "period", period })),
  fc.oneof(fc.constant("baseline"), id).map<PeriodSelector>((name) => ({ kind: "baseline", name })),
);

function withPeriod<T extends { previous(n?: number): T; at(p: string): T; baseline(n?: string): T }>(
  ref: T,
  period: PeriodSelector,
): T {
  switch (period.kind) {
    case "current":
      return ref;
    case "previous":
      return ref.previous(period.count);
    case "period":
      return ref.at(period.period);
    case "baseline":
      return ref.baseline(period.name);
  }
}

const numberArbitrary = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.integer({ min: 0, max: 4 }))
  .map(([n, places]) => fx.num(rational(n, 10n ** BigInt(places))));

const leaf: fc.Arbitrary<FormulaNode> = fc.oneof(
  numberArbitrary,
  fc.boolean().map(fx.bool),
  fc
    .tuple(id, fc.option(combo, { nil: undefined }), periodSelectorArbitrary)
    .map(([d, c, p]) => withPeriod(fx.de(d, c), p)),
  fc.tuple(id, periodSelectorArbitrary).map(([i, p]) => withPeriod(fx.ind(i), p)),
);

/** Any syntactically possible formula (not necessarily well-typed). */
export const formulaArbitrary: fc.Arbitrary<FormulaNode> = fc.letrec<{ node: FormulaNode }>((tie) => {
  const node = tie("node");
  return {
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      leaf,
      fc.tuple(fc.constantFrom(fx.add, fx.sub, fx.mul, fx.div), node, node).map(([f, a, b]) => f(a, b)),
      fc
        .tuple(fc.constantFrom(fx.eq, fx.ne, fx.lt, fx.le, fx.gt, fx.ge), node, node)
        .map(([f, a, b]) => f(a, b)),
      fc.tuple(fc.constantFrom(fx.and, fx.or), node, node).map(([f, a, b]) => f(a, b)),
      node.map(fx.not),
      node.map(fx.neg),
      fc.tuple(node, node, node).map(([c, a, b]) => fx.ifElse(c, a, b)),
      fc.tuple(node, node).map(([a, b]) => fx.pct(a, b)),
      node.map(fx.sumChildren),
      node.map(fx.countChildren),
      fc.tuple(node, node).map(([a, b]) => fx.coalesce(a, b)),
      node.map(fx.isMissing),
      fc
        .array(node, { minLength: 2, maxLength: 4 })
        .map(([a, b, ...rest]) => fx.min(a as FormulaNode, b as FormulaNode, ...rest)),
      fc
        .array(node, { minLength: 2, maxLength: 4 })
        .map(([a, b, ...rest]) => fx.max(a as FormulaNode, b as FormulaNode, ...rest)),
      node.map(fx.abs),
    ),
  };
}).node;
