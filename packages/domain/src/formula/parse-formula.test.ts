import { describe, expect, it } from "vitest";
import { rational } from "../number/rational.js";
import { fx } from "./builders.js";
import type { FormulaIssue } from "./formula-issue.js";
import { parseFormula, parseOrIssue } from "./parse-formula.js";
import { printFormula } from "./print-formula.js";

function parsed(text: string) {
  const result = parseFormula(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return result.value;
}

function failure(text: string): FormulaIssue {
  const result = parseOrIssue(text);
  if (!("code" in result)) throw new Error(`parsed: ${printFormula(result)}`);
  return result;
}

describe("parseFormula: the examples of the issue", () => {
  it("reads a percentage of two data elements", () => {
    expect(parsed("percent(#{addicts_treated}, #{addicts_registered})")).toEqual(
      fx.pct(fx.de("addicts_treated"), fx.de("addicts_registered")),
    );
  });

  it("reads a previous-period reference inside arithmetic", () => {
    expect(parsed("(#{hotspots_eliminated} / #{hotspots_start}[previous]) * 100")).toEqual(
      fx.mul(fx.div(fx.de("hotspots_eliminated"), fx.de("hotspots_start").previous()), 100),
    );
  });

  it("reads every period selector", () => {
    expect(parsed("#{drug_free_communes}[2015]")).toEqual(fx.de("drug_free_communes").at("2015"));
    expect(parsed("#{x}[-2]")).toEqual(fx.de("x").previous(2));
    expect(parsed("#{x}[-1]")).toEqual(fx.de("x").previous());
    expect(parsed("#{x}[baseline]")).toEqual(fx.de("x").baseline());
    expect(parsed("#{x}[baseline:strategy]")).toEqual(fx.de("x").baseline("strategy"));
    expect(parsed("#{x}[2020S1]")).toEqual(fx.de("x").at("2020S1"));
    expect(parsed("#{x}[2020Q3]")).toEqual(fx.de("x").at("2020Q3"));
    expect(parsed("#{x}[2020-07]")).toEqual(fx.de("x").at("2020-07"));
    expect(parsed("#{x}[2017-01-01/2020-06-30]")).toEqual(fx.de("x").at("2017-01-01/2020-06-30"));
  });

  it("reads a category option combo and an indicator reference", () => {
    const node = parsed("#{addicts.nam}[previous] + @{treatment_rate}[2015]");
    expect(node).toEqual(fx.add(fx.de("addicts", "nam").previous(), fx.ind("treatment_rate").at("2015")));
    expect(node).toMatchObject({
      left: { categoryOptionCombo: "nam", period: { kind: "previous", count: 1 } },
    });
  });

  it("reads child sums, conditionals and explicit missing handling", () => {
    expect(parsed("sumChildren(#{models_built})")).toEqual(fx.sumChildren(fx.de("models_built")));
    expect(parsed("if(#{communes_total} > 0, #{drug_free} / #{communes_total}, 0)")).toEqual(
      fx.ifElse(fx.gt(fx.de("communes_total"), 0), fx.div(fx.de("drug_free"), fx.de("communes_total")), 0),
    );
    expect(parsed("coalesce(#{x}, 0)")).toEqual(fx.coalesce(fx.de("x"), 0));
    expect(parsed("isMissing(#{x}) or not #{has_plan}")).toEqual(
      fx.or(fx.isMissing(fx.de("x")), fx.not(fx.de("has_plan"))),
    );
    expect(parsed("countChildren(#{models_built} >= 1)")).toEqual(
      fx.countChildren(fx.ge(fx.de("models_built"), 1)),
    );
    expect(parsed("min(1, 2, abs(-3))")).toEqual(fx.min(1, 2, fx.abs(-3)));
  });

  it("reads numbers exactly", () => {
    expect(parsed("68.98")).toEqual({ kind: "number", value: rational(6898, 100) });
    expect(parsed("0.1 + 0.2 == 0.3")).toEqual(fx.eq(fx.add(0.1, 0.2), 0.3));
    expect(parsed("-5")).toEqual(fx.num(-5));
  });
});

describe("parseFormula: precedence and associativity", () => {
  it("binds * over +, and left to right within a level", () => {
    expect(parsed("1 + 2 * 3")).toEqual(fx.add(1, fx.mul(2, 3)));
    expect(parsed("10 - 4 - 3")).toEqual(fx.sub(fx.sub(10, 4), 3));
    expect(parsed("10 - (4 - 3)")).toEqual(fx.sub(10, fx.sub(4, 3)));
    expect(parsed("8 / 4 / 2")).toEqual(fx.div(fx.div(8, 4), 2));
  });

  it("binds comparison over not over and over or", () => {
    const a = fx.de("a");
    const b = fx.de("b");
    expect(parsed("not #{a} > 1 and #{b} < 2 or true")).toEqual(
      fx.or(fx.and(fx.not(fx.gt(a, 1)), fx.lt(b, 2)), fx.bool(true)),
    );
  });

  it("allows line breaks and extra spaces", () => {
    expect(parsed("percent(\n  #{a},\n  #{b}\n)")).toEqual(fx.pct(fx.de("a"), fx.de("b")));
  });
});

describe("parseFormula: syntax errors name the position and what was expected", () => {
  it("an unclosed call: the message of the issue", () => {
    const found = failure("percent(#{a}");
    expect(found.code).toBe("FORMULA_SYNTAX");
    expect(found.position).toEqual({ line: 1, column: 13, offset: 12 });
    expect(found.message).toBe("Lỗi cú pháp ở cột 13: cần ',' hoặc ')' nhưng gặp hết công thức");
  });

  it("an unclosed parenthesis", () => {
    const found = failure("(#{a} + 1");
    expect(found.message).toBe("Lỗi cú pháp ở cột 10: cần ')' nhưng gặp hết công thức");
    expect(found.expected).toEqual(["')'"]);
  });

  it("a missing operand", () => {
    const found = failure("#{a} + * 2");
    expect(found.code).toBe("FORMULA_SYNTAX");
    expect(found.position.column).toBe(8);
    expect(found.found).toBe("'*'");
  });

  it("an unknown function, with a hint for the wrong case", () => {
    const found = failure("sumchildren(#{a})");
    expect(found.code).toBe("FORMULA_UNKNOWN_FUNCTION");
    expect(found.position.column).toBe(1);
    expect(found.message).toContain("có phải 'sumChildren'?");
    expect(failure("avg(#{a}, #{b})").message).toContain("các hàm có: if, percent");
  });

  it("the wrong number of arguments", () => {
    const found = failure("percent(#{a}, #{b}, #{c})");
    expect(found.code).toBe("FORMULA_ARITY");
    expect(found.message).toBe("Lỗi cú pháp ở cột 1: hàm percent cần đúng 2 đối số nhưng có 3");
    expect(failure("max(#{a})").message).toContain("cần ít nhất 2 đối số nhưng có 1");
    expect(failure("if(#{a} > 1, 2)").code).toBe("FORMULA_ARITY");
  });

  it("a line and column on a later line", () => {
    const found = failure("percent(\n  #{a},\n  #{b} +\n)");
    expect(found.position).toEqual({ line: 4, column: 1, offset: 26 });
    expect(found.message).toMatch(/^Lỗi cú pháp ở dòng 4, cột 1: cần/);
  });

  it("a bad reference, a bad period and a bad number", () => {
    expect(failure("#{Addicts}").code).toBe("FORMULA_BAD_REFERENCE");
    expect(failure("#{a}[last]").code).toBe("FORMULA_BAD_PERIOD");
    expect(failure("#{a}[2020Q5]").code).toBe("FORMULA_BAD_PERIOD");
    expect(failure("#{a}[-0]").code).toBe("FORMULA_BAD_PERIOD");
    const comma = failure("#{a} * 68,98");
    expect(comma.code).toBe("FORMULA_BAD_NUMBER");
    expect(comma.position.column).toBe(8);
    expect(failure("1.234.567").code).toBe("FORMULA_BAD_NUMBER");
  });

  it("unclosed braces and brackets", () => {
    expect(failure("#{a + 1").message).toBe("Lỗi cú pháp ở cột 8: cần '}' nhưng gặp hết công thức");
    expect(failure("#{a}[2015").code).toBe("FORMULA_SYNTAX");
  });

  it("a bare name says how to write a reference", () => {
    expect(failure("addicts + 1").message).toContain("#{addicts}");
  });

  it("spellings from other languages say the spelling to use", () => {
    expect(failure("#{a} = 1").message).toContain("cần '=='");
    expect(failure("#{a} > 1 && #{b} > 1").message).toContain("cần 'and'");
    expect(failure("#{a} <> 1").message).toContain("cần '!='");
  });

  it("chained comparisons are rejected", () => {
    const found = failure("1 < #{a} < 3");
    expect(found.code).toBe("FORMULA_SYNTAX");
    expect(found.message).toContain("'and'");
  });

  it("an empty formula, trailing tokens and a stray character", () => {
    expect(failure("   ").code).toBe("FORMULA_EMPTY");
    expect(failure("#{a} #{b}").message).toBe(
      "Lỗi cú pháp ở cột 6: cần một phép toán hoặc hết công thức nhưng gặp tham chiếu #{b}",
    );
    expect(failure("#{a} % 2").found).toBe("ký tự '%'");
  });

  it("a formula nested too deep is an error, not a stack overflow", () => {
    expect(failure(`${"(".repeat(500)}1${")".repeat(500)}`).code).toBe("FORMULA_TOO_DEEP");
    expect(failure(`${"-".repeat(500)}1`).code).toBe("FORMULA_TOO_DEEP");
  });

  it("puts the caller's path in front", () => {
    const result = parseFormula("percent(", ["indicators", 2, "formula"]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toEqual(["indicators", 2, "formula"]);
  });
});

describe("parseFormula: period ids are real periods", () => {
  it("rejects a month 13 and a date that does not exist", () => {
    expect(failure("#{a}[2020-13]").code).toBe("FORMULA_BAD_PERIOD");
    expect(failure("#{a}[2020-02-30/2020-06-30]").code).toBe("FORMULA_BAD_PERIOD");
    expect(parsed("#{a}[2020-02-29/2020-06-30]")).toEqual(fx.de("a").at("2020-02-29/2020-06-30"));
  });
});
