import { bench, describe } from "vitest";
import { evaluateTarget } from "./evaluate-target.js";
import { type Figures, sourceOf, targetOf } from "./test-support.js";

/**
 * evaluateTarget on the kinds that read periods most (a trajectory, a change against the previous
 * year, a compound of both, a level with a due period), each judged for six years. What it measures
 * is the kernel's own work per call — reading period ids, comparing, wording — with figures from a
 * plain map.
 */
const reach = targetOf({
  kind: "reach_by",
  id: "reach",
  title: "Tỷ lệ được điều trị",
  indicator: "treated",
  value: "80",
  duePeriod: "2020",
  baselinePeriod: "2015",
  baselineValue: "60",
});
const change = targetOf({
  kind: "change_vs_previous",
  id: "change",
  title: "Số vụ",
  indicator: "cases",
  direction: "increase",
  comparison: "more_than",
  amount: "5",
  duePeriod: "2020",
});
const milestones = targetOf({
  kind: "milestones",
  id: "steps",
  title: "Tỷ lệ xã",
  indicator: "treated",
  milestones: [
    { period: "2016", value: "30" },
    { period: "2018", value: "50" },
    { period: "2020", value: "80" },
  ],
});
const compound = targetOf({
  kind: "all_of",
  id: "both",
  title: "Cả hai",
  parts: [
    { ...change, id: "both-a" },
    { ...reach, id: "both-b" },
  ],
});
const YEARS = ["2015", "2016", "2017", "2018", "2019", "2020"];
const figures: Figures = {};
YEARS.forEach((year, i) => {
  figures[`treated|CT|${year}`] = 60 + i * 4;
  figures[`cases|CT|${year}`] = 100 + i * 7;
});
const source = sourceOf(figures);

describe("evaluateTarget (4 targets × 6 years)", () => {
  bench("evaluateTarget", () => {
    for (const target of [reach, change, milestones, compound]) {
      for (const period of YEARS)
        evaluateTarget(target, { orgUnit: "CT", period, asOf: "2026-11-24", source });
    }
  });
});
