import { describe, expect, it } from "vitest";
import type { DataElement } from "../data/data-element.js";
import type { DataValue } from "../data/data-value.js";
import type { Indicator } from "../formula/indicator.js";
import { unwrap } from "../result/result.js";
import { parseTarget } from "../target/parse-target.js";
import type { Edition } from "../unit/edition.js";
import { buildCampaignReport } from "./build-campaign-report.js";
import type { FigureTableBlock, ReportBlock, ReportSection, TargetTableBlock } from "./report-model.js";

// A small province: two districts, two communes each.
const edition: Edition = {
  id: "test",
  name: "Danh mục thử",
  validFrom: null,
  validTo: null,
  units: [
    { code: "46", name: "Thừa Thiên Huế", kind: "province", level: 1, parentCode: null },
    { code: "474", name: "Huế", kind: "provincial_city", level: 2, parentCode: "46" },
    { code: "481", name: "A Lưới", kind: "rural_district", level: 2, parentCode: "46" },
    { code: "19001", name: "Phú Hội", kind: "ward", level: 3, parentCode: "474" },
    { code: "19002", name: "Vĩnh Ninh", kind: "ward", level: 3, parentCode: "474" },
    { code: "19003", name: "A Ngo", kind: "commune", level: 3, parentCode: "481" },
    { code: "19004", name: "Hồng Kim", kind: "commune", level: 3, parentCode: "481" },
  ],
};

const dataElements: DataElement[] = [
  {
    id: "hotspots_start",
    name: "Số điểm, tụ điểm đầu kỳ",
    valueType: "count",
    aggregation: "sum",
    unitLabel: "điểm",
    categories: [],
  },
  {
    id: "hotspots_eliminated",
    name: "Số điểm, tụ điểm bị triệt xóa",
    valueType: "count",
    aggregation: "sum",
    unitLabel: "điểm",
    categories: [],
  },
];
const indicators: Indicator[] = [
  {
    id: "elimination_rate",
    name: "Tỷ lệ điểm, tụ điểm được triệt xóa",
    formula: "percent(#{hotspots_eliminated}, #{hotspots_start})",
    unit: "percent",
    decimals: 2,
  },
];
const target = unwrap(
  parseTarget({
    id: "t-triet-xoa",
    kind: "range",
    title: "Tỷ lệ điểm, tụ điểm được triệt xóa trong năm",
    indicator: "elimination_rate",
    min: 5,
    max: 10,
    source: { document: "d", quote: "triệt xóa từ 5 - 10% số điểm, tụ điểm mỗi năm" },
  }),
);

// 2017: 40 points, 3 eliminated (7,5% đạt); 2018: 40, 1 (2,5% không đạt); 2019: 20, 3 (15% vượt).
// Commune 19004 never reports; district A Lưới reports only through 19003.
const rows: [string, string, number, number][] = [
  ["19001", "2017", 20, 2],
  ["19002", "2017", 10, 1],
  ["19003", "2017", 10, 0],
  ["19001", "2018", 20, 1],
  ["19002", "2018", 10, 0],
  ["19003", "2018", 10, 0],
  ["19001", "2019", 10, 2],
  ["19002", "2019", 5, 1],
  ["19003", "2019", 5, 0],
];
const dataValues: DataValue[] = rows.flatMap(([orgUnit, period, start, eliminated]) => [
  { dataElement: "hotspots_start", orgUnit, period, value: start },
  { dataElement: "hotspots_eliminated", orgUnit, period, value: String(eliminated) },
]);

const outline = {
  id: "outline-test",
  title: "Đề cương",
  sections: [
    {
      id: "phan-1",
      style: "part-ordinal" as const,
      title: "KẾT QUẢ",
      guidance: [],
      children: [
        {
          id: "tinh-hinh",
          style: "roman" as const,
          title: "TÌNH HÌNH",
          guidance: [{ kind: "-" as const, text: "Nêu số điểm, tụ điểm." }],
          children: [],
          bindings: {
            targets: [],
            indicators: [],
            dataElements: ["hotspots_start"],
            tables: [],
            agencies: [],
          },
        },
        {
          id: "danh-gia",
          style: "roman" as const,
          title: "ĐÁNH GIÁ CHUNG",
          guidance: [],
          children: [],
          bindings: { targets: ["t-triet-xoa"], indicators: [], dataElements: [], tables: [], agencies: [] },
        },
      ],
    },
  ],
};

function find(sections: readonly ReportSection[], id: string): ReportSection | undefined {
  for (const s of sections) {
    if (s.id === id) return s;
    const inner = find(s.children, id);
    if (inner) return inner;
  }
  return undefined;
}
const ofKind = <K extends ReportBlock["kind"]>(blocks: readonly ReportBlock[], kind: K) =>
  blocks.filter((b): b is Extract<ReportBlock, { kind: K }> => b.kind === kind);

describe("buildCampaignReport", () => {
  const progress: [number, number][] = [];
  const report = unwrap(
    buildCampaignReport({
      campaign: {
        id: "r-test",
        title: "Tổng kết thực hiện Chương trình",
        dataWindow: "2017-01-01/2020-06-30",
      },
      outline,
      edition,
      unitCode: "46",
      dataElements,
      indicators,
      targets: [target],
      dataValues,
      narratives: [{ section: "tinh-hinh", orgUnit: "474", paragraphs: ["Huế đã triệt xóa 3 điểm."] }],
      asOf: "2020-07-10",
      onProgress: (done, total) => progress.push([done, total]),
    }),
  );

  it("heads the report with the province's committee and the Vietnamese date", () => {
    expect(report.header.issuingBody).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"]);
    expect(report.header.placeDate).toBe("Thừa Thiên Huế, ngày 10 tháng 7 năm 2020");
    expect(report.sections[0]?.numbering).toBe("Phần thứ nhất");
    expect(find(report.sections, "danh-gia")?.numbering).toBe("II.");
  });

  it("judges the target every year of the window, with every verdict the figures give", () => {
    const table = ofKind(
      find(report.sections, "danh-gia")?.blocks ?? [],
      "target_table",
    )[0] as TargetTableBlock;
    expect(table.rows.map((r) => [r.period, r.actual, r.verdictLabel])).toEqual([
      ["Năm 2017", "7,5%", "Đạt"],
      ["Năm 2018", "2,5%", "Không đạt"],
      ["Năm 2019", "15%", "Vượt"],
      ["Năm 2020", "—", "Chưa đến hạn"],
    ]);
    expect(table.rows[0]?.expected).toBe("5% - 10%");
    const chart = ofKind(find(report.sections, "danh-gia")?.blocks ?? [], "chart")[0];
    expect(chart?.series[0]?.labels).toEqual(["7,5%", "2,5%", "15%", null]);
  });

  it("rolls figures up by district with totals and counts who did not report", () => {
    const blocks = find(report.sections, "tinh-hinh")?.blocks ?? [];
    const table = ofKind(blocks, "figure_table")[0] as FigureTableBlock;
    expect(table.columns).toEqual(["Năm 2017", "Năm 2018", "Năm 2019", "6 tháng đầu năm 2020"]);
    // A Lưới's figures come from one of its two communes: marked, and the footnote names the other.
    expect(table.rows.map((r) => [r.unitName, ...r.cells])).toEqual([
      ["Huyện A Lưới", "10*", "10*", "5*", "—"],
      ["Thành phố Huế", "30", "30", "15", "—"],
    ]);
    expect(table.totals).toEqual(["40*", "40*", "20*", "—"]);
    expect(table.footnotes).toEqual([
      "* Huyện A Lưới (năm 2017, năm 2018, năm 2019): thiếu số liệu 1/2 xã: Xã Hồng Kim.",
      "* Toàn tỉnh (năm 2017, năm 2018, năm 2019): tổng chưa đầy đủ, thiếu số liệu 1/4 xã, phường: Huyện A Lưới 1/2.",
    ]);
    expect(table.totalLabel).toBe("Toàn tỉnh");
    expect(ofKind(blocks, "paragraph")[0]?.text).toBe(
      "Số điểm, tụ điểm đầu kỳ toàn tỉnh năm 2019 là 20 điểm, giảm 20 điểm (50%) so với năm 2018 (3/4 đơn vị báo cáo; số liệu chưa đầy đủ).",
    );
  });

  it("puts a unit's narrative under the section with the unit's name, and keeps the guidance as a placeholder elsewhere", () => {
    const blocks = find(report.sections, "tinh-hinh")?.blocks ?? [];
    expect(ofKind(blocks, "narrative")).toEqual([
      { kind: "narrative", from: "Thành phố Huế", paragraphs: ["Huế đã triệt xóa 3 điểm."] },
    ]);
    const placeholder = ofKind(find(report.sections, "danh-gia")?.blocks ?? [], "placeholder")[0];
    expect(placeholder?.label).toContain("chưa được cung cấp");
  });

  it("reports progress to the end", () => {
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it("leaves a marked place for the signer's name when none is given", () => {
    expect(report.signature.authority).toEqual(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]);
    expect(report.signature.signerName).toBe("[Họ và tên]");
    expect(report.signature.signerMissing).toBe(true);
  });

  it("refuses a unit that is not in the edition", () => {
    const result = buildCampaignReport({
      campaign: { id: "r", title: "T", dataWindow: "2019" },
      outline,
      edition,
      unitCode: "99",
      dataElements: [],
      indicators: [],
      targets: [],
      dataValues: [],
      asOf: "2020-01-01",
    });
    expect(!result.ok && result.errors[0]?.code).toBe("UNIT_NOT_FOUND");
  });
});

describe("buildCampaignReport with data from other units", () => {
  const base = {
    campaign: { id: "r-test", title: "Tổng kết", dataWindow: "2017-01-01/2020-06-30" },
    outline,
    edition,
    dataElements,
    indicators,
    targets: [target],
    asOf: "2020-07-10",
  };

  it("refuses rows whose unit code is no unit of the edition, naming every row", () => {
    const bad = [
      ...dataValues,
      { ...dataValues[0], orgUnit: "99999" },
      { ...dataValues[1], orgUnit: "99999" },
    ];
    const result = buildCampaignReport({ ...base, unitCode: "46", dataValues: bad as DataValue[] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ["DATA_VALUE_UNKNOWN_UNIT", ["dataValues", 18, "orgUnit"]],
      ["DATA_VALUE_UNKNOWN_UNIT", ["dataValues", 19, "orgUnit"]],
    ]);
    expect(result.errors[0]?.message).toBe(
      'Dòng 19: không có đơn vị mã "99999" trong danh mục "Danh mục thử"',
    );
  });

  it("leaves out the rows of units outside the reported unit, and says how many", () => {
    const result = buildCampaignReport({
      ...base,
      unitCode: "474",
      dataValues,
      signerName: " Nguyễn Văn A ",
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const outside = result.warnings.filter((w) => w.code === "DATA_VALUE_OUTSIDE_UNIT");
    // Commune 19003 (A Lưới) gave 2 elements × 3 years.
    expect(outside.map((w) => w.message)).toEqual([
      "6 dòng số liệu của 1 đơn vị không thuộc Thành phố Huế không được dùng (đầu tiên: dòng 5, mã 19003)",
    ]);
    expect(result.value.signature.signerName).toBe("Nguyễn Văn A");
    expect(result.value.signature.signerMissing).toBeUndefined();
  });

  it("does not compare totals made of different units: both stated, no change", () => {
    // 2019 without Vĩnh Ninh (19002): 2018 has 3 communes, 2019 only 2.
    const fewer = dataValues.filter((v) => !(v.orgUnit === "19002" && v.period === "2019"));
    const report = unwrap(buildCampaignReport({ ...base, unitCode: "46", dataValues: fewer }));
    const blocks = find(report.sections, "tinh-hinh")?.blocks ?? [];
    expect(ofKind(blocks, "paragraph")[0]?.text).toBe(
      "Số điểm, tụ điểm đầu kỳ toàn tỉnh năm 2019 là 15 điểm (2/4 đơn vị báo cáo; tổng chưa đầy đủ); năm 2018 là 40 điểm (3/4 đơn vị báo cáo; tổng chưa đầy đủ); hai kỳ không cùng các đơn vị báo cáo nên chưa so sánh tăng, giảm.",
    );
  });
});

describe("buildCampaignReport: stocks at a date, figures held by the province, self-reporting districts", () => {
  // A province with a district of two communes and an island district with none (it reports itself).
  const island: Edition = {
    id: "test-island",
    name: "Danh mục thử",
    validFrom: null,
    validTo: null,
    units: [
      { code: "51", name: "Quảng Ngãi", kind: "province", level: 1, parentCode: null },
      { code: "522", name: "Bình Sơn", kind: "rural_district", level: 2, parentCode: "51" },
      { code: "530", name: "Lý Sơn", kind: "rural_district", level: 2, parentCode: "51" },
      { code: "20001", name: "Bình Dương", kind: "commune", level: 3, parentCode: "522" },
      { code: "20002", name: "Châu Ổ", kind: "township", level: 3, parentCode: "522" },
    ],
  };
  const element = (id: string, name: string, extra: Partial<DataElement>): DataElement => ({
    id,
    name,
    valueType: "count",
    aggregation: "last",
    unitLabel: "người",
    categories: [],
    ...extra,
  });
  const elements: DataElement[] = [
    element("capacity", "Khả năng tiếp nhận của cơ sở cai nghiện", {}),
    element("spots_open", "Số điểm đầu kỳ", { unitLabel: "điểm", stockAt: "start" }),
    element("users", "Số người sử dụng có hồ sơ", {}),
    element("new_users", "Số người sử dụng mới phát hiện", { aggregation: "sum" }),
  ];
  const period = "2024-10-07/2025-05-30";
  const values: DataValue[] = [
    { dataElement: "capacity", orgUnit: "51", period, value: "350" },
    { dataElement: "spots_open", orgUnit: "20001", period, value: "2" },
    { dataElement: "spots_open", orgUnit: "530", period, value: "1" },
    { dataElement: "users", orgUnit: "20001", period, value: "40" },
    { dataElement: "users", orgUnit: "20002", period, value: "12" },
    { dataElement: "users", orgUnit: "530", period, value: "3" },
    { dataElement: "new_users", orgUnit: "20001", period, value: "4" },
    { dataElement: "new_users", orgUnit: "20002", period, value: "1" },
  ];
  const bound = (dataElements: string[]) => ({
    targets: [],
    indicators: [],
    dataElements,
    tables: [],
    agencies: [],
  });
  const report = unwrap(
    buildCampaignReport({
      campaign: { id: "r-test", title: "Rà soát", dataWindow: period },
      outline: {
        id: "outline-stocks",
        title: "Đề cương",
        sections: [
          {
            id: "so-lieu",
            style: "roman" as const,
            title: "SỐ LIỆU",
            guidance: [],
            children: [],
            bindings: bound(["capacity", "spots_open", "users", "new_users"]),
          },
        ],
      },
      edition: island,
      unitCode: "51",
      dataElements: elements,
      indicators: [],
      targets: [],
      dataValues: values,
      asOf: "2025-06-05",
    }),
  );
  const blocks = find(report.sections, "so-lieu")?.blocks ?? [];
  const tables = ofKind(blocks, "figure_table");
  const sentences = ofKind(blocks, "paragraph").map((p) => p.text);
  const tableOf = (id: string) => tables.find((t) => t.dataElement === id);

  it("states a figure only the province holds in one sentence, with no table by district and no one missing", () => {
    expect(tableOf("capacity")).toBeUndefined();
    expect(sentences).toContain(
      "Khả năng tiếp nhận của cơ sở cai nghiện toàn tỉnh tại thời điểm 30/5/2025 là 350 người.",
    );
  });

  it("dates a stock at the window's end, an opening stock at its start, without comparing a partial year", () => {
    expect(tableOf("users")?.columns).toEqual(["Tại thời điểm 30/5/2025"]);
    expect(tableOf("spots_open")?.columns).toEqual(["Tại thời điểm 07/10/2024"]);
    expect(sentences).toContain(
      "Số người sử dụng có hồ sơ toàn tỉnh tại thời điểm 30/5/2025 là 55 người (3/3 đơn vị báo cáo).",
    );
    expect(sentences.find((s) => s.startsWith("Số điểm đầu kỳ"))).toBe(
      "Số điểm đầu kỳ toàn tỉnh tại thời điểm 07/10/2024 là 3 điểm (2/3 đơn vị báo cáo; số liệu chưa đầy đủ).",
    );
    expect(sentences.filter((s) => s.includes("chưa đủ năm"))).toEqual([
      expect.stringMatching(/^Số người sử dụng mới phát hiện toàn tỉnh từ ngày 07\/10\/2024/),
    ]);
  });

  it("counts an island district apart from the communes in the coverage footnote", () => {
    expect(tableOf("spots_open")?.footnotes).toContain(
      "* Toàn tỉnh (tại thời điểm 07/10/2024): tổng chưa đầy đủ, thiếu số liệu 1/3 đơn vị báo cáo (2 xã, thị trấn và 1 huyện không có đơn vị cấp xã): Huyện Bình Sơn 1/2.",
    );
  });
});

describe("buildCampaignReport: a police report citing its plan", () => {
  const report = unwrap(
    buildCampaignReport({
      campaign: {
        id: "r-test",
        title: "Tổng kết thực hiện Kế hoạch số 483/KH-BCA-C04",
        dataWindow: "2024-10-07/2025-05-30",
      },
      outline,
      edition,
      unitCode: "46",
      dataElements,
      indicators,
      targets: [],
      dataValues: [],
      asOf: "2025-05-30",
      issuer: { kind: "police" },
      recipients: ["Bộ Công an (qua C04, V01)", "Công an tỉnh"],
      references: [{ reference: "483/KH-BCA-C04", date: "2024-10-07" }],
    }),
  );

  it("dates the plan wherever the report cites it", () => {
    expect(report.header.summary).toBe("Tổng kết thực hiện Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024");
    expect(report.opening[0]).toContain("Kế hoạch số 483/KH-BCA-C04 ngày 07/10/2024, với số liệu");
    expect(report.meta.title).toContain("483/KH-BCA-C04 ngày 07/10/2024");
  });

  it("does not send the report to the issuing body itself", () => {
    expect(report.signature.recipients).toEqual(["- Bộ Công an (qua C04, V01);", "- Lưu: VT, PC04."]);
  });
});

describe("buildCampaignReport with a target that names a data element directly", () => {
  const direct = unwrap(
    parseTarget({
      id: "t-so-diem",
      kind: "threshold",
      title: "Số điểm, tụ điểm bị triệt xóa trong năm",
      indicator: "hotspots_eliminated",
      comparison: "at_least",
      value: 2,
      unit: "count",
    }),
  );
  const [part] = outline.sections;
  const [situation, evaluation] = part?.children ?? [];
  if (!part || !situation || !evaluation) throw new Error("the test outline lost a section");
  const bound = { ...evaluation, bindings: { ...evaluation.bindings, targets: ["t-so-diem"] } };
  const boundOutline = { ...outline, sections: [{ ...part, children: [situation, bound] }] };
  const report = unwrap(
    buildCampaignReport({
      campaign: { id: "r-test", title: "Tổng kết", dataWindow: "2017-01-01/2020-06-30" },
      outline: boundOutline,
      edition,
      unitCode: "46",
      dataElements,
      indicators,
      targets: [direct],
      dataValues,
      asOf: "2020-07-10",
    }),
  );

  it("judges it on the recorded figure, as catalog evaluate does, not as missing", () => {
    const table = ofKind(
      find(report.sections, "danh-gia")?.blocks ?? [],
      "target_table",
    )[0] as TargetTableBlock;
    expect(table.rows.map((r) => [r.period, r.verdictLabel])).toEqual([
      ["Năm 2017", "Đạt"],
      ["Năm 2018", "Không đạt"],
      ["Năm 2019", "Đạt"],
      ["Năm 2020", "Chưa đến hạn"],
    ]);
  });
});
