import { describe, expect, it } from "vitest";
import { createDataContext } from "../figures/create-data-context.js";
import { parseFractionString } from "../number/rational.js";
import { PctmError } from "../result/result.js";
import { evaluateFormula } from "./evaluate-formula.js";
import { indicatorOutcomeToJson } from "./outcome-to-json.js";
import { parseFormula } from "./parse-formula.js";

const built = createDataContext({
  dataElements: [
    { id: "part", name: "Phần", valueType: "count", aggregation: "sum", categories: [] },
    { id: "whole", name: "Tổng", valueType: "count", aggregation: "sum", categories: [] },
  ],
  dataValues: [
    { dataElement: "part", orgUnit: "46", period: "2020", value: 17 },
    { dataElement: "whole", orgUnit: "46", period: "2020", value: "123456789012345678901234567890" },
  ],
});
if (!built.ok) throw new Error(built.errors[0]?.message);
const context = built.value;
const parsed = parseFormula("#{part} / #{whole}");
if (!parsed.ok) throw new Error(parsed.errors[0]?.message);
const formula = parsed.value;

describe("evaluateFormula's results as JSON", () => {
  it("cannot be written by JSON.stringify as they are (bigint), and can through indicatorOutcomeToJson, exactly", () => {
    const outcome = evaluateFormula(formula, "46", "2020", context);
    expect(() => JSON.stringify(outcome)).toThrow(/BigInt/);
    const json = JSON.parse(JSON.stringify(indicatorOutcomeToJson(outcome)));
    expect(json).toEqual({
      status: "value",
      value: "17/123456789012345678901234567890",
      used: [
        { dataElement: "part", orgUnit: "46", period: "2020", value: "17" },
        { dataElement: "whole", orgUnit: "46", period: "2020", value: "123456789012345678901234567890" },
      ],
    });
    expect(parseFractionString(json.value)).toEqual(outcome.status === "value" ? outcome.value : undefined);
  });
});

describe("evaluateFormula's arguments", () => {
  it("in the wrong order are a PctmError naming the argument, not a TypeError from inside", () => {
    const call =
      (...args: unknown[]) =>
      () =>
        (evaluateFormula as (...a: unknown[]) => unknown)(...args);
    for (const [args, argument] of [
      [["46", formula, "2020", context], "formula"],
      [["#{part}", "46", "2020", context], "formula"],
      [[formula, "46", context, "2020"], "periodId"],
      [[formula, "46", "2020"], "context"],
    ] as const) {
      let thrown: unknown;
      try {
        call(...args)();
      } catch (error) {
        thrown = error;
      }
      expect(thrown).toBeInstanceOf(PctmError);
      expect((thrown as PctmError).issues[0]).toMatchObject({ code: "ARGUMENT_INVALID", path: [argument] });
    }
  });

  it("parseFormula given no text is a Result error", () => {
    const wrong = parseFormula(42 as never);
    expect(!wrong.ok && wrong.errors[0]?.code).toBe("ARGUMENT_INVALID");
  });
});
