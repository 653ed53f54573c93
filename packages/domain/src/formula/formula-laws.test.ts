import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FormulaNode } from "./ast.js";
import { formulaArbitrary } from "./formula-arbitrary.test-util.js";
import { parseFormula } from "./parse-formula.js";
import { printFormula } from "./print-formula.js";

function parsed(text: string): FormulaNode {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(`${text}\n${result.errors.map((e) => e.message).join("; ")}`);
  return result.value;
}

/** The same formula written sloppily: redundant parentheses, odd spacing, line breaks, [-1] for [previous]. */
function printNoisy(node: FormulaNode, noise: () => number): string {
  const canonical = printFormula(node);
  // re-print children noisily by replacing the canonical text of the whole: only wrap and space
  const space = () => [" ", "  ", "\n", "\t ", ""][noise() % 5] as string;
  const text = canonical
    .replace(/ ([-+*/<>=!]=?|and|or) /g, (_, op: string) => `${space() || " "}${op}${space() || " "}`)
    // a comma between a number and a digit needs a space ("0,5" would be a decimal comma)
    .replace(/, /g, () => `,${space() || " "}`)
    .replace(/\[previous\]/g, () => (noise() % 2 === 0 ? "[-1]" : "[ previous ]"));
  return noise() % 3 === 0 ? `(${space()}${text}${space()})` : `${space()}${text}${space()}`;
}

describe("formula text laws (fast-check)", () => {
  it("parse(print(ast)) deep-equals ast for generated ASTs (built with the builders)", () => {
    fc.assert(
      fc.property(formulaArbitrary, (ast) => {
        expect(parsed(printFormula(ast))).toEqual(ast);
      }),
      { numRuns: 500 },
    );
  });

  it("print(parse(text)) is a fixed point, whatever the spacing and redundant parentheses", () => {
    fc.assert(
      fc.property(formulaArbitrary, fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), (ast, seeds) => {
        let i = 0;
        const noise = () => seeds[i++ % seeds.length] as number;
        const text = printNoisy(ast, noise);
        const once = printFormula(parsed(text));
        expect(once).toBe(printFormula(ast));
        expect(printFormula(parsed(once))).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it("hand-written texts print canonically", () => {
    const cases: [string, string][] = [
      ["percent( #{a},#{b} )", "percent(#{a}, #{b})"],
      ["((#{a}))", "#{a}"],
      ["#{a}[ -1 ]", "#{a}[previous]"],
      ["(#{a} + #{b}) + #{c}", "#{a} + #{b} + #{c}"],
      ["#{a} + (#{b} + #{c})", "#{a} + (#{b} + #{c})"],
      ["#{a} - (#{b} - #{c})", "#{a} - (#{b} - #{c})"],
      ["(#{a} * #{b}) / #{c}", "#{a} * #{b} / #{c}"],
      ["-(#{a} * 2)", "-(#{a} * 2)"],
      ["- - 5", "-(-5)"],
      ["not (#{a} > 1 and #{b})", "not (#{a} > 1 and #{b})"],
      ["(#{a} > 1) == true", "(#{a} > 1) == true"],
      ["0.50 + 007", "0.5 + 7"],
      ["(#{x} or #{y}) and #{z}", "(#{x} or #{y}) and #{z}"],
    ];
    for (const [text, canonical] of cases) expect(printFormula(parsed(text))).toBe(canonical);
  });
});
