import { describe, expect, it } from "vitest";
import { createDataContext } from "../figures/create-data-context.js";
import { rational } from "../number/rational.js";
import { PctmError } from "../result/result.js";
import { fx } from "./builders.js";
import { evaluateIndicator } from "./evaluate-indicator.js";
import { printFormula } from "./print-formula.js";

describe("fx builders", () => {
  it("build the nodes the text describes", () => {
    expect(
      printFormula(fx.mul(fx.div(fx.de("hotspots_eliminated"), fx.de("hotspots_start").previous()), 100)),
    ).toBe("#{hotspots_eliminated} / #{hotspots_start}[previous] * 100");
    expect(printFormula(fx.de("x").previous(3).combo("nu"))).toBe("#{x.nu}[-3]");
    expect(printFormula(fx.ind("rate").baseline("strategy"))).toBe("@{rate}[baseline:strategy]");
    expect(printFormula(fx.add(1, 2, 3))).toBe("1 + 2 + 3");
    expect(printFormula(fx.num("68,98"))).toBe("68.98");
    expect(printFormula(fx.num(-0.5))).toBe("-0.5");
  });

  it("keep only the AST's own fields, so a built node serialises like a parsed one", () => {
    expect(Object.keys(fx.de("x", "nam").at("2015"))).toEqual([
      "kind",
      "dataElement",
      "categoryOptionCombo",
      "period",
    ]);
    expect(JSON.stringify(fx.de("x").previous())).toBe(
      '{"kind":"dataElement","dataElement":"x","period":{"kind":"previous","count":1}}',
    );
  });

  it("refuse what the text cannot say, with a code", () => {
    expect(() => fx.num(rational(1, 3))).toThrow(PctmError);
    expect(() => fx.num(Number.NaN)).toThrow(/Không đọc được số/);
    expect(() => fx.de("x").previous(0)).toThrow(PctmError);
    expect(() => fx.de("x").previous(1.5)).toThrow(PctmError);
  });
});

describe("evaluateIndicator", () => {
  it("evaluates an indicator's formula text for a unit and period", () => {
    const context = createDataContext({
      dataElements: [
        { id: "treated", name: "Đã điều trị", valueType: "count", aggregation: "sum", categories: [] },
        { id: "registered", name: "Có hồ sơ", valueType: "count", aggregation: "sum", categories: [] },
      ],
      dataValues: [
        { dataElement: "treated", orgUnit: "92", period: "2020", value: 85 },
        { dataElement: "registered", orgUnit: "92", period: "2020", value: 100 },
      ],
    });
    if (!context.ok) throw new Error("context");
    const indicator = {
      id: "treatment_rate",
      name: "Tỷ lệ người nghiện được điều trị",
      formula: "percent(#{treated}, #{registered})",
      unit: "percent" as const,
      decimals: 1,
    };
    expect(evaluateIndicator(indicator, "92", "2020", context.value)).toMatchObject({
      status: "value",
      value: rational(85),
    });
    expect(() =>
      evaluateIndicator({ ...indicator, formula: "percent(#{treated}" }, "92", "2020", context.value),
    ).toThrow(/Lỗi cú pháp ở cột 19/);
  });
});
