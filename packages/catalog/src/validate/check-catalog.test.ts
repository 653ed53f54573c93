import type { Target } from "@pctm/domain";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "../catalog/builtin-catalog.js";
import type { Catalog } from "../catalog/catalog.js";
import { checkCatalog } from "./check-catalog.js";
import { checkQuotes } from "./check-quotes.js";

/**
 * Seed 001 clause I.2.a, copied word for word: enough to check quotes without the specification
 * beside the repository (the whole seeds are checked by `npm run conformance`).
 */
const SEED_001_I2A =
  "a) Giảm ít nhất từ 30% đến 40% số người nghiện ma túy so với hiện nay; phấn đấu đạt 85% số xã, phường, thị trấn không có ma tuý (hiện tại 68,98%); 100% cơ quan, tổ chức, đơn vị, doanh nghiệp, trường học không có tệ nạn ma túy.";

describe("the built-in catalogue", () => {
  it("passes the validation pass", () => {
    expect(checkCatalog(builtinCatalog())).toEqual([]);
  });

  it("holds the five campaigns r-000 … r-004", () => {
    expect(builtinCatalog().campaigns.map((c) => c.id)).toEqual([
      "r-000",
      "r-001",
      "r-002",
      "r-003",
      "r-004",
    ]);
  });
});

describe("the validation pass finds what is wrong", () => {
  const base = builtinCatalog();
  const withTarget = (id: string, change: (t: Target) => Target): Catalog => ({
    ...base,
    targets: base.targets.map((t) => (t.id === id ? change(t) : t)),
  });

  it("a target reading an indicator that does not exist", () => {
    const broken = withTarget("424ct-2c", (t) => ({ ...t, indicator: "khong_co" }) as Target);
    expect(checkCatalog(broken).map((i) => i.code)).toContain("CATALOG_UNKNOWN_INDICATOR");
  });

  it("an indicator reading a data element that does not exist", () => {
    const broken: Catalog = {
      ...base,
      indicators: [
        ...base.indicators,
        {
          id: "x_share",
          name: "x",
          formula: "percent(#{khong_co}, #{communes_total})",
          unit: "percent",
          decimals: 2,
        },
      ],
    };
    expect(checkCatalog(broken).map((i) => i.code)).toContain("FORMULA_UNKNOWN_DATA_ELEMENT");
  });

  /** The catalogue with only the three targets of seed 001 clause I.2.a, for the quote check alone. */
  const clauseI2a: Catalog = {
    ...base,
    targets: base.targets.filter((t) => ["1001-a1", "1001-a2", "1001-a3"].includes(t.id)),
  };

  it("quotes word for word in their seed pass; one that is not is reported", () => {
    expect(checkQuotes(clauseI2a, { "001": SEED_001_I2A })).toEqual([]);
    const broken: Catalog = {
      ...clauseI2a,
      targets: clauseI2a.targets.map((t) =>
        t.id === "1001-a2"
          ? { ...t, source: { document: "kh-chien-luoc-1001", quote: "phấn đấu đạt 86% số xã" } }
          : t,
      ),
    };
    const found = checkQuotes(broken, { "001": SEED_001_I2A });
    expect(found.map((i) => i.code)).toEqual(["CATALOG_QUOTE_NOT_IN_SEED"]);
    expect(found[0]?.message).toContain("1001-a2");
  });

  it("a seed that was not supplied is reported, not skipped", () => {
    expect(checkCatalog(base, { seeds: { "001": SEED_001_I2A } }).map((i) => i.code)).toContain(
      "CATALOG_SEED_MISSING",
    );
  });

  it("deadlines out of order", () => {
    const broken: Catalog = {
      ...base,
      campaigns: base.campaigns.map((c) =>
        c.id === "r-003" ? { ...c, deadlines: [...c.deadlines].reverse() } : c,
      ),
    };
    expect(checkCatalog(broken).map((i) => i.code)).toContain("CATALOG_DEADLINES_OUT_OF_ORDER");
  });

  it("a reference that does not parse", () => {
    const broken: Catalog = {
      ...base,
      documents: base.documents.map((d) => (d.id === "qd-424-2017" ? { ...d, reference: "424 QĐ TTg" } : d)),
    };
    expect(checkCatalog(broken).some((i) => i.code.startsWith("REFERENCE_"))).toBe(true);
  });

  it("an id given twice, in every section that has ids", () => {
    const twice = <T>(items: readonly T[]): T[] => [...items, items[0] as T];
    const broken: Catalog = {
      ...base,
      documents: twice(base.documents),
      targets: twice(base.targets),
      projects: twice(base.projects),
      campaigns: twice(base.campaigns),
      indicators: twice(base.indicators),
      dataElements: twice(base.dataElements),
    };
    const found = checkCatalog(broken).filter((i) => i.code === "CATALOG_DUPLICATE_ID");
    expect(found.map((i) => i.path)).toEqual([
      ["documents", base.documents.length, "id"],
      ["targets", base.targets.length, "id"],
      ["projects", base.projects.length, "id"],
      ["campaigns", base.campaigns.length, "id"],
      ["indicators", base.indicators.length, "id"],
      ["dataElements", base.dataElements.length, "id"],
    ]);
    expect(found[0]?.message).toBe(`mã "${base.documents[0]?.id}" bị trùng`);
  });

  it("a project, an assignment and a funding source of a plan that does not exist", () => {
    const broken: Catalog = {
      ...base,
      projects: base.projects.map((p, i) => (i === 0 ? { ...p, planId: "khong-co" } : p)),
      assignments: base.assignments.map((a, i) => (i === 0 ? { ...a, planId: "khong-co" } : a)),
      fundingSources: base.fundingSources.map((f, i) => (i === 0 ? { ...f, planId: "khong-co" } : f)),
    };
    const found = checkCatalog(broken).filter((i) => i.code === "CATALOG_UNKNOWN_PLAN");
    expect(found.map((i) => [i.message, i.path])).toEqual([
      [`dự án ${base.projects[0]?.id} thuộc kế hoạch không có`, ["projects", 0, "planId"]],
      [`phân công ${base.assignments[0]?.id} thuộc kế hoạch không có`, ["assignments", 0, "planId"]],
      [
        `nguồn kinh phí ${base.fundingSources[0]?.id} thuộc kế hoạch không có`,
        ["fundingSources", 0, "planId"],
      ],
    ]);
  });

  it("a campaign naming an outline that does not exist", () => {
    const broken: Catalog = {
      ...base,
      campaigns: base.campaigns.map((c) => ({ ...c, outlineId: c.outlineId && "khong-co" })),
    };
    expect(checkCatalog(broken).filter((i) => i.code === "CATALOG_UNKNOWN_OUTLINE")).toHaveLength(3);
  });
});
