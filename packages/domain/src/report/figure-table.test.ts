import { describe, expect, it } from "vitest";
import { rational } from "../number/rational.js";
import { describeFigure } from "./describe-figure.js";
import { buildFigureTable } from "./figure-table.js";

const values: Record<string, (number | undefined)[]> = {
  "474": [1200, 1150],
  "477": [300, undefined],
  "478": [45, 40],
};

describe("buildFigureTable", () => {
  const table = buildFigureTable({
    dataElement: "addicts_registered",
    name: "Số người nghiện ma túy có hồ sơ quản lý",
    valueType: "count",
    unitLabel: "người",
    columns: ["Năm 2018", "Năm 2019"],
    units: [
      { code: "474", name: "Thành phố Huế" },
      { code: "477", name: "Huyện Phú Vang" },
      { code: "478", name: "Huyện Phú Lộc" },
    ],
    value: (code, c) => {
      const v = values[code]?.[c];
      return v === undefined ? undefined : rational(v);
    },
    total: (c) => rational(c === 0 ? 1545 : 1190),
    totalLabel: "Toàn tỉnh",
  });

  it("prints Vietnamese numbers, a dash where a unit did not report, and counts the gaps per column", () => {
    expect(table.rows.map((r) => r.cells)).toEqual([
      ["1.200", "1.150"],
      ["300", "—"],
      ["45", "40"],
    ]);
    expect(table.totals).toEqual(["1.545", "1.190"]);
    expect(table.missingCounts).toEqual([0, 1]);
    expect(table.note).toBe("1/3 đơn vị chưa báo cáo đủ số liệu: Huyện Phú Vang.");
    expect(table.caption).toBe("Số người nghiện ma túy có hồ sơ quản lý (người)");
  });
});

describe("buildFigureTable footnotes", () => {
  it("name a quarter “quý IV năm 2019”, lower-casing only the first letter", () => {
    const table = buildFigureTable({
      dataElement: "addicts_registered",
      name: "Số người nghiện ma túy có hồ sơ quản lý",
      valueType: "count",
      unitLabel: "người",
      columns: ["Quý IV năm 2019"],
      units: [{ code: "474", name: "Thành phố Huế" }],
      value: () => rational(5),
      total: () => rational(5),
      totalLabel: "Toàn tỉnh",
      gap: (code) =>
        code === "474"
          ? { reported: 1, expected: 2, missing: ["Phường Đông Ba"], noun: "phường" }
          : undefined,
    });
    expect(table.footnotes).toEqual([
      "* Thành phố Huế (quý IV năm 2019): thiếu số liệu 1/2 phường: Phường Đông Ba.",
    ]);
  });
});

describe("describeFigure", () => {
  const base = {
    name: "Số người nghiện ma túy có hồ sơ quản lý",
    valueType: "count" as const,
    unitLabel: "người",
    scope: "toàn tỉnh",
    periods: ["năm 2018", "năm 2019"],
    reported: 9,
    expected: 9,
  };

  it("states the latest value and the change with its percentage", () => {
    expect(describeFigure({ ...base, totals: [rational(1290), rational(1234)] }).text).toBe(
      "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh năm 2019 là 1.234 người, giảm 56 người (4,34%) so với năm 2018 (9/9 đơn vị báo cáo).",
    );
  });

  it("says plainly when units are missing and when there is no figure at all", () => {
    expect(
      describeFigure({ ...base, reported: 7, totals: [rational(10), rational(12)] }).text.endsWith(
        "tăng 2 người (20%) so với năm 2018 (7/9 đơn vị báo cáo; số liệu chưa đầy đủ).",
      ),
    ).toBe(true);
    expect(describeFigure({ ...base, reported: 0, totals: [undefined, undefined] }).text).toBe(
      "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh: chưa có số liệu (0/9 đơn vị báo cáo; số liệu chưa đầy đủ).",
    );
  });

  it("gives a change of a percentage in percentage points", () => {
    const text = describeFigure({
      ...base,
      valueType: "percent",
      totals: [rational(6898, 100), rational(75)],
    }).text;
    expect(text).toContain("là 75%, tăng 6,02 điểm phần trăm so với năm 2018");
  });
});

describe("describeFigure compares like with like", () => {
  const base = {
    valueType: "count" as const,
    scope: "toàn tỉnh",
    periods: ["năm 2018", "năm 2019", "6 tháng đầu năm 2020"],
    periodIds: ["2018", "2019", "2020S1"],
    reported: 9,
    expected: 9,
  };

  it("a stock (aggregation last) is compared with the previous year-end, dates named", () => {
    const text = describeFigure({
      ...base,
      name: "Số người nghiện ma túy có hồ sơ quản lý",
      unitLabel: "người",
      stock: true,
      totals: [rational(1395), rational(1362), rational(1340)],
    }).text;
    expect(text).toBe(
      "Số người nghiện ma túy có hồ sơ quản lý toàn tỉnh tại thời điểm 30/6/2020 là 1.340 người, giảm 22 người (1,62%) so với thời điểm 31/12/2019 (9/9 đơn vị báo cáo).",
    );
  });

  it("a flow for half a year is never compared with a whole year: partial said plainly, then year on year", () => {
    const text = describeFigure({
      ...base,
      name: "Số vụ phạm tội về ma túy được phát hiện",
      unitLabel: "vụ",
      totals: [rational(214), rational(231), rational(118)],
    }).text;
    expect(text).toBe(
      "Số vụ phạm tội về ma túy được phát hiện toàn tỉnh 6 tháng đầu năm 2020 là 118 vụ (số liệu chưa đủ năm, chưa so sánh được với cả năm); năm 2019 là 231 vụ, tăng 17 vụ (7,94%) so với năm 2018 (9/9 đơn vị báo cáo).",
    );
    expect(text).not.toContain("giảm 113");
  });

  it("a flow for half a year is compared with the same half a year earlier when that figure is known", () => {
    const text = describeFigure({
      ...base,
      name: "Số vụ phạm tội về ma túy được phát hiện",
      unitLabel: "vụ",
      totals: [rational(214), rational(231), rational(118)],
      valueAt: (id) => (id === "2019S1" ? rational(110) : undefined),
    }).text;
    expect(text).toContain("6 tháng đầu năm 2020 là 118 vụ, tăng 8 vụ (7,27%) so với cùng kỳ năm 2019");
  });

  it("a flow for whole years is compared with the year before", () => {
    const text = describeFigure({
      ...base,
      name: "Số vụ phạm tội về ma túy được phát hiện",
      unitLabel: "vụ",
      totals: [rational(214), rational(231), undefined],
    }).text;
    expect(text).toContain("năm 2019 là 231 vụ, tăng 17 vụ (7,94%) so với năm 2018");
  });
});
