import { describe, expect, it } from "vitest";
import { dataElementSchema } from "../data/data-element.js";
import { indicatorSchema } from "../formula/indicator.js";
import { unwrap } from "../result/result.js";
import { evaluateTarget } from "../target/evaluate-target.js";
import { targetOf } from "../target/test-support.js";
import { createDataContext } from "./create-data-context.js";
import { indicatorSourceFrom } from "./indicator-source.js";

const elements = [
  dataElementSchema.parse({
    id: "addicts_on_file",
    name: "Số người nghiện có hồ sơ quản lý",
    valueType: "count",
  }),
  dataElementSchema.parse({
    id: "addicts_served",
    name: "Số người nghiện được tiếp cận dịch vụ",
    valueType: "count",
  }),
];
const served = indicatorSchema.parse({
  id: "served_share",
  name: "Tỷ lệ người nghiện được tiếp cận dịch vụ",
  formula: "percent(#{addicts_served}, #{addicts_on_file})",
  unit: "percent",
});

describe("indicatorSourceFrom (targets over the formula evaluator)", () => {
  const target = targetOf({
    kind: "threshold",
    id: "424ct-4a",
    title: "Tiếp cận dịch vụ",
    indicator: "served_share",
    value: 85,
  });
  const context = (served: string, onFile: string) =>
    unwrap(
      createDataContext({
        dataElements: elements,
        dataValues: [
          { dataElement: "addicts_served", period: "2019", orgUnit: "CT", value: served },
          { dataElement: "addicts_on_file", period: "2019", orgUnit: "CT", value: onFile },
        ],
      }),
    );
  const judge = (a: string, b: string) =>
    evaluateTarget(target, {
      orgUnit: "CT",
      period: "2019",
      asOf: "2026-11-24",
      source: indicatorSourceFrom([served], context(a, b)),
    });

  it("17/20 meets ≥ 85% exactly and the figures are traced to data elements", () => {
    const e = judge("17", "20");
    expect(e.verdict).toBe("achieved");
    expect(e.used.map((u) => u.dataElement).sort()).toEqual(["addicts_on_file", "addicts_served"]);
    expect(judge("16", "20").verdict).toBe("not_achieved");
  });

  it("a zero denominator from the formula is insufficient data", () => {
    expect(judge("0", "0").verdict).toBe("insufficient_data");
  });

  it("reads a data element directly when the id is not an indicator", () => {
    const count = targetOf({
      kind: "threshold",
      id: "c",
      title: "C",
      indicator: "addicts_on_file",
      value: 10,
      unit: "count",
    });
    const source = indicatorSourceFrom([served], context("1", "12"));
    expect(evaluateTarget(count, { orgUnit: "CT", period: "2019", asOf: "2026-11-24", source }).verdict).toBe(
      "achieved",
    );
    expect(evaluateTarget(count, { orgUnit: "XX", period: "2019", asOf: "2026-11-24", source }).verdict).toBe(
      "insufficient_data",
    );
  });
});
