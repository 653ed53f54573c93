import { readFileSync } from "node:fs";
import { builtinCatalog } from "@pctm/catalog";
import { collectFigures, type DataValue, type Edition, VERDICT_CODES } from "@pctm/domain";
import { packagedEdition } from "@pctm/units-data";
import { describe, expect, it } from "vitest";
import { evaluatePlan } from "./evaluate-plan.js";

/** Cần Thơ cut down to two districts of two communes each, and the same city after 1/7/2025. */
const THREE_LEVELS: Edition = {
  id: "thu-ba-cap",
  name: "Danh mục thử ba cấp",
  validFrom: null,
  validTo: "2025-06-30",
  units: [
    { code: "92", name: "Cần Thơ", kind: "municipality", level: 1, parentCode: null },
    { code: "916", name: "Ninh Kiều", kind: "urban_district", level: 2, parentCode: "92" },
    { code: "917", name: "Ô Môn", kind: "urban_district", level: 2, parentCode: "92" },
    { code: "31117", name: "Cái Khế", kind: "ward", level: 3, parentCode: "916" },
    { code: "31120", name: "An Hòa", kind: "ward", level: 3, parentCode: "916" },
    { code: "31153", name: "Châu Văn Liêm", kind: "ward", level: 3, parentCode: "917" },
    { code: "31157", name: "Thới Long", kind: "ward", level: 3, parentCode: "917" },
  ],
};
const TWO_LEVELS: Edition = {
  ...THREE_LEVELS,
  id: "thu-hai-cap",
  validFrom: "2025-07-01",
  validTo: null,
  units: [
    { code: "92", name: "Cần Thơ", kind: "municipality", level: 1, parentCode: null },
    { code: "31117", name: "Cái Khế", kind: "ward", level: 3, parentCode: "92" },
    { code: "31153", name: "Ô Môn", kind: "ward", level: 3, parentCode: "92" },
  ],
};

const v = (dataElement: string, orgUnit: string, period: string, value: number): DataValue => ({
  dataElement,
  orgUnit,
  period,
  value,
});

/** Figures by commune only: the city's and the districts' figures come from the roll-up. */
const DATA: DataValue[] = [
  v("pilot_models_built", "31117", "2019", 1),
  v("pilot_models_built", "31120", "2019", 0),
  v("pilot_models_built", "31153", "2019", 0),
  v("pilot_models_built", "31157", "2019", 0),
  v("hotspots_new", "31117", "2019", 0),
  v("hotspots_new", "31153", "2019", 2),
];

function judge(edition: Edition, period: string) {
  const result = evaluatePlan("can-tho-424", {
    data: { dataValues: DATA },
    orgUnit: "92",
    period,
    asOf: "2026-01-01",
    edition,
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("; "));
  return (id: string) => result.value.evaluations.find((e) => e.targetId === id);
}

describe("evaluatePlan with the unit list in force", () => {
  it("rolls commune figures up to the districts: Ô Môn built none, so 424ct-3e is không đạt", () => {
    const e = judge(THREE_LEVELS, "2019")("424ct-3e");
    expect(e?.verdict).toBe("not_achieved");
    expect(e?.units?.map((u) => [u.orgUnit, u.verdict])).toEqual([
      ["917", "not_achieved"],
      ["916", "achieved"],
    ]);
    expect(e?.sentence).toContain("Quận Ô Môn");
  });

  it("rolls commune figures up to the city: two new hotspots in one ward → 424ct-2b không đạt", () => {
    const e = judge(THREE_LEVELS, "2019")("424ct-2b");
    expect(e?.verdict).toBe("not_achieved");
    expect(e?.used.map((u) => [u.orgUnit, u.value])).toEqual([["92", { num: 2n, den: 1n }]]);
  });

  it("without a district level the per-district target is không áp dụng, with the reason", () => {
    const e = judge(TWO_LEVELS, "2025")("424ct-3e");
    expect(e?.verdict).toBe("not_applicable");
    expect(e?.sentence).toContain("không còn cấp huyện");
  });
});

describe("evaluatePlan with a period or day it cannot judge in", () => {
  it("answers TARGET_INVALID_PERIOD for a period id not written the standard way, without throwing", () => {
    const result = evaluatePlan("can-tho-424", {
      data: { dataValues: DATA },
      orgUnit: "92",
      period: " 2019",
      asOf: "2026-01-01",
      edition: THREE_LEVELS,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([["TARGET_INVALID_PERIOD", ["period"]]]);
  });

  it("answers TARGET_INVALID_AS_OF for a day that does not exist", () => {
    const result = evaluatePlan("can-tho-424", {
      data: { dataValues: DATA },
      orgUnit: "92",
      period: "2019",
      asOf: "2020-02-30",
      edition: THREE_LEVELS,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.code)).toEqual(["TARGET_INVALID_AS_OF"]);
  });
});

describe("the verdict tally", () => {
  it("comes in the verdicts' own order (vượt, đạt, …), not in the order the targets were judged", () => {
    // Huế's example figures for 2018: judged in the order không đạt, chưa đủ dữ liệu, đạt, chưa đến hạn.
    const data = JSON.parse(
      readFileSync(new URL("../../../../examples/hue-2020/data.json", import.meta.url), "utf8"),
    );
    const judged = evaluatePlan("qd-424-2017", {
      data,
      orgUnit: "46",
      period: "2018",
      asOf: "2026-12-05",
      edition: packagedEdition("vn-2023-04-08"),
    });
    expect(judged.ok).toBe(true);
    if (!judged.ok) return;
    expect(Object.keys(judged.value.tally)).toEqual([
      "achieved",
      "not_achieved",
      "insufficient_data",
      "not_yet_due",
    ]);
    expect(Object.keys(judged.value.tally)).toEqual(VERDICT_CODES.filter((v) => v in judged.value.tally));
  });
});

describe("a recorded judgement that cannot count is said, not dropped", () => {
  const judged = (targetId: string) => ({
    targetId,
    orgUnit: "92",
    period: "2019",
    verdict: "achieved" as const,
    justification: "Có căn cứ (minh họa).",
  });
  const run = (targetId: string) =>
    evaluatePlan("can-tho-424", {
      orgUnit: "92",
      period: "2019",
      asOf: "2019-12-31",
      data: { dataValues: [] },
      assessments: [judged("424ct-t5"), judged(targetId)],
    });

  it("warns when the judged target is not yet due in that period (424ct-3a is due in 2020)", () => {
    const result = run("424ct-3a");
    if (!result.ok) throw new Error(result.errors[0]?.message);
    expect(result.warnings.map((w) => [w.code, w.path.join(".")])).toEqual([
      ["ASSESSMENT_NOT_YET_DUE", "assessments.1.period"],
    ]);
    expect(result.value.evaluations.find((e) => e.targetId === "424ct-t5")?.verdict).toBe("achieved");
  });

  it("stays quiet when every judgement counts", () => {
    const result = run("424ct-p3a");
    expect(result.ok && result.warnings).toEqual([]);
  });
});

// Ninety plan evaluations over the Huế file: seconds on a loaded machine.
describe("figures collected piece by piece", { timeout: 60_000 }, () => {
  it("judge every target of every Huế plan and year as the file's rows do", () => {
    const data = JSON.parse(
      readFileSync(new URL("../../../../examples/hue-2020/data.json", import.meta.url), "utf8"),
    );
    const edition = packagedEdition("vn-2023-04-08");
    const collector = collectFigures({
      dataElements: builtinCatalog().dataElements,
      edition,
      unitCode: "46",
    });
    const rows: DataValue[] = data.dataValues;
    for (let first = 0; first < rows.length; first += 500) collector.add(rows.slice(first, first + 500));
    const collected = collector.finish();
    if (!collected.ok) throw new Error(JSON.stringify(collected.errors.slice(0, 3)));
    let judged = 0;
    for (const planId of ["qd-424-2017", "hue-2020-tong-ket", "kh-chien-luoc-1001"])
      for (const period of ["2016", "2017", "2018", "2019", "2020"])
        for (const orgUnit of ["46", "474", "19753"]) {
          const common = { orgUnit, period, asOf: "2020-07-10", edition };
          const fromRows = evaluatePlan(planId, { ...common, data });
          const fromPieces = evaluatePlan(planId, { ...common, data: { collected: collected.value } });
          expect(fromPieces).toEqual(fromRows);
          judged += fromRows.ok ? fromRows.value.evaluations.length : 0;
        }
    expect(judged).toBeGreaterThan(100);
  });
});
