import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../test-io.js";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const EXAMPLE = ["--data", "examples/can-tho-2019/data.json"];
const BASE = ["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "92", ...EXAMPLE];
const ASSESSED = [...BASE, "--assessments", "examples/can-tho-2019/assessments.json"];

interface JsonEvaluation {
  targetId: string;
  verdict: string;
  sentence: string;
  actual?: string;
  expected?: unknown;
  used: { dataElement: string; orgUnit: string; period: string; value: string }[];
  units?: { orgUnit: string; name?: string; verdict: string; actual?: string }[];
}
interface JsonOutput {
  period: string;
  asOf: string;
  edition: string;
  tally: Record<string, number>;
  evaluations: JsonEvaluation[];
}

async function evaluate(extra: readonly string[] = [], base = ASSESSED, warnings = "") {
  const r = await runCli([...base, ...extra, "--json"], ROOT);
  expect(r.err).toBe(warnings);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.out) as JsonOutput;
  const byId = (id: string) => {
    const found = out.evaluations.find((e) => e.targetId === id);
    if (!found) throw new Error(`no evaluation of ${id}`);
    return found;
  };
  return { out, byId };
}

describe("pctm catalog evaluate on the Cần Thơ 2019 example (figures in examples/can-tho-2019/README.md)", () => {
  it("judges 2019 by default, as of 31/12/2019, on the three-level unit list", async () => {
    const { out } = await evaluate();
    expect([out.period, out.asOf, out.edition]).toEqual(["2019", "2019-12-31", "vn-2023-04-08"]);
    expect(out.evaluations).toHaveLength(46);
  });

  it("gives the verdicts worked out by hand", async () => {
    const { byId } = await evaluate();
    const verdicts = Object.fromEntries(
      [
        "424ct-1",
        "424ct-2a",
        "424ct-2b",
        "424ct-2c",
        "424ct-2d",
        "424ct-3a",
        "424ct-3b",
        "424ct-3c",
        "424ct-3d",
        "424ct-3e",
        "424ct-4a",
        "424ct-4b",
        "424ct-p1d",
        "424ct-p2b",
        "424ct-p4c",
        "424ct-l2",
        "424ct-l5",
        "424ct-l6",
        "424ct-t5",
      ].map((id) => [id, byId(id).verdict]),
    );
    expect(verdicts).toEqual({
      "424ct-1": "achieved", // 83/83 communes, 420/420 schools, 8/8 and 1/1 zones
      "424ct-2a": "achieved", // 200 → 212 serious cases: +6% > 5%
      "424ct-2b": "not_achieved", // one new hotspot in Thốt Nốt
      "424ct-2c": "achieved", // 3 of 40 hotspots eliminated = 7,5%, within 5 – 10%
      "424ct-2d": "achieved", // 0,5 of 0,5 ha of cannabis destroyed
      "424ct-3a": "not_yet_due", // no time of its own: due in the plan's last year, 2020
      "424ct-3b": "achieved", // 30 of 2,000 on record at the start of the year = 1,5% > 1%
      "424ct-3c": "not_achieved", // 50 → 50 communes with drugs: no decrease
      "424ct-3d": "not_yet_due", // due in 2020
      "424ct-3e": "not_achieved", // Vĩnh Thạnh built no pilot model
      "424ct-4a": "achieved", // 1,800 of 1,960 + 240 = 81,8% ≥ 80%
      "424ct-4b": "not_achieved", // 2 of 3 facilities = 66,7% < 90%
      "424ct-p1d": "achieved", // 85 of 100 files = 85% ≥ 80%
      "424ct-p2b": "achieved", // 3 districts (2 – 3) and 2 departments (1 – 2)
      "424ct-p4c": "achieved", // 2,000 → 1,960 addicts: −2%
      "424ct-l2": "not_yet_due", // due in 2020
      "424ct-l5": "behind_schedule", // 1,470 of 1,960 = 75% < 76% on the line 60% (2015) → 80% (2020)
      "424ct-l6": "insufficient_data", // no figure on vocational training
      "424ct-t5": "achieved", // judged from assessments.json: news every week in 2019
    });
  });

  it("rolls commune figures up to the city and says which figures it used", async () => {
    const { byId } = await evaluate();
    const e = byId("424ct-2c");
    expect(e.actual).toBe("15/2");
    expect(e.sentence).toBe("Đạt: triệt xóa 7,5% số điểm (mục tiêu từ 5 đến 10%/năm)");
    expect(e.used.map((u) => `${u.dataElement}@${u.orgUnit}=${u.value}`).sort()).toEqual([
      "hotspots_at_start@92=40",
      "hotspots_eliminated@92=3",
    ]);
  });

  it("judges 424ct-3e per district: only Huyện Vĩnh Thạnh fails, and the sentence names it", async () => {
    const { byId } = await evaluate();
    const e = byId("424ct-3e");
    expect(e.units).toHaveLength(9);
    expect(e.units?.filter((u) => u.verdict === "not_achieved")).toEqual([
      { orgUnit: "924", name: "Huyện Vĩnh Thạnh", verdict: "not_achieved", actual: "0" },
    ]);
    expect(e.sentence).toContain("8/9 quận, huyện đạt; chưa đạt: Huyện Vĩnh Thạnh (0)");
  });

  it("without the assessments file the qualitative target has too little to go on", async () => {
    const { byId } = await evaluate([], BASE);
    expect(byId("424ct-p3a").verdict).toBe("insufficient_data");
    expect(byId("424ct-t5").verdict).toBe("insufficient_data");
  });

  it("a year outside the plan's span (2017–2020): every target không áp dụng, saying why, and a warning", async () => {
    const { out, byId } = await evaluate(
      ["--period", "2025"],
      ASSESSED,
      "Cảnh báo [PLAN_PERIOD_OUTSIDE_SPAN]: --period: năm 2025 ngoài thời hạn của kế hoạch can-tho-424 (2017–2020); mọi mục tiêu: không áp dụng\n",
    );
    expect(out.edition).toBe("vn-2025-07-01");
    expect(out.tally).toEqual({ not_applicable: 46 });
    expect(byId("424ct-3e").sentence).toMatch(
      /^Không áp dụng: năm 2025 ngoài thời hạn của kế hoạch \(2017–2020\) \(mục tiêu mỗi quận, huyện/,
    );
  });

  it("a unit outside the plan's area with none of the file's data (Hậu Giang, Cần Thơ's figures) is refused, saying where the data lies", async () => {
    const r = await runCli([...BASE.slice(0, 4), "--unit", "93", ...EXAMPLE], ROOT);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      "Cảnh báo [PLAN_UNIT_OUTSIDE_SCOPE]: --unit: Tỉnh Hậu Giang (93) không thuộc phạm vi của kế hoạch can-tho-424 (Thành phố Cần Thơ (92)); các mục tiêu được xét như kế hoạch đặt cho đơn vị này\n",
    );
    expect(r.err).toMatch(/\[DATA_NOT_IN_AREA\].*Cần Thơ/);
    expect(r.out).not.toContain("Chưa đủ dữ liệu");
    const district = await runCli([...BASE.slice(0, 4), "--unit", "916", ...EXAMPLE], ROOT);
    expect([district.code, district.err]).toEqual([0, ""]);
  });

  it("no district with data for 2018: 424ct-3e has no figure (not 0) and names the data element once", async () => {
    const r = await runCli([...ASSESSED, "--period", "2018"], ROOT);
    const row = r.out.split("\n").find((line) => line.startsWith("424ct-3e"));
    expect(row).toMatch(/^424ct-3e\s+2018\s+≥ 9\s+—\s+Chưa đủ dữ liệu$/);
    const { byId } = await evaluate(["--period", "2018"]);
    const e = byId("424ct-3e");
    expect(e.actual).toBeUndefined();
    expect(e).not.toHaveProperty("completion");
    expect(e.sentence).toMatch(/thiếu số liệu [^;]+ của cả 9 quận, huyện năm 2018/);
  });

  it("as of a day before the period ends nothing is due yet", async () => {
    const { out } = await evaluate(
      ["--as-of", "2019-06-30"],
      ASSESSED,
      'Cảnh báo [ASSESSMENT_NOT_YET_DUE]: --assessments examples/can-tho-2019/assessments.json: dòng 1, period: mục tiêu "424ct-t5" chưa đến hạn ở kỳ 2019 tính đến ngày 30/6/2019, nên đánh giá này không được dùng; bỏ qua\n',
    );
    expect(out.tally).toEqual({ not_yet_due: 46 });
  });

  it("prints a table, a count per verdict and the sentence of each target not achieved", async () => {
    const r = await runCli(ASSESSED, ROOT);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Thành phố Cần Thơ \(92\) — năm 2019, tính đến ngày 31\/12\/2019/);
    expect(r.out).toMatch(/^424ct-2c\s+2019\s+5% - 10%\s+7,5%\s+Đạt$/m);
    expect(r.out).toMatch(/^424ct-4b\s+2019\s+≥ 90%\s+66,67%\s+Không đạt$/m);
    // Compound targets due in 2020 (424ct-l1, -l4, -t2) are not yet due in 2019, parts included.
    expect(r.out).toMatch(/^424ct-l4\.co-so\s+2019\s+≥ 90%\s+66,67%\s+Chưa đến hạn$/m);
    expect(r.out).toMatch(
      /^46 mục tiêu — Đạt: 17 · Không đạt: 4 · Chậm tiến độ: 1 · Chưa đủ dữ liệu: 9 · Chưa đến hạn: 15$/m,
    );
    const explained = r.out.slice(r.out.indexOf("Chưa đạt:"));
    for (const id of ["424ct-2b", "424ct-3c", "424ct-3e", "424ct-4b", "424ct-l5"]) {
      expect(explained).toMatch(new RegExp(`^- ${id}: (Không đạt|Chậm tiến độ): `, "m"));
    }
    expect(explained).not.toContain("424ct-2c");
  });
});

describe("pctm catalog evaluate: bad input exits 2 with a code and says where", () => {
  const dir = mkdtempSync(join(tmpdir(), "pctm-evaluate-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it.each([
    [["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "92"], "[MISSING_OPTION]: --data"],
    [
      ["catalog", "evaluate", "--plan", "khong-co", "--unit", "92", ...EXAMPLE],
      "[CATALOG_UNKNOWN_PLAN]: --plan",
    ],
    [
      ["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "99", ...EXAMPLE],
      "[UNIT_NOT_FOUND]: --unit",
    ],
    [[...BASE, "--period", "2019X"], "[PERIOD_INVALID_ID]: --period"],
    [[...BASE, "--as-of", "31/12/2019"], "[DATE_INVALID]: --as-of"],
    [
      [...BASE, "--as-of", "2019-02-30"],
      "Lỗi [DATE_NOT_IN_CALENDAR]: --as-of: ngày 30/2/2019 không tồn tại: tháng 2 năm 2019 chỉ có 28 ngày\n",
    ],
    [
      ["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "916", ...EXAMPLE, "--period", "2025"],
      'không có đơn vị hành chính mã "916"',
    ],
    [[...BASE, "--khac"], "[USAGE]"],
    [[...BASE, "--unit", "93"], "Lỗi [OPTION_REPEATED]: --unit: tùy chọn chỉ được ghi một lần\n"],
  ])("%j → %s", async (argv, expected) => {
    const r = await runCli(argv, ROOT);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toContain(expected);
  });

  it("names the file, the row and the field of a value that cannot be read", async () => {
    const data = file(
      "bad-value.json",
      JSON.stringify({
        dataValues: [
          { dataElement: "hotspots_new", period: "2019", orgUnit: "92", value: 0 },
          { dataElement: "hotspots_new", period: "2018", orgUnit: "92", value: "nhiều" },
        ],
      }),
    );
    const r = await runCli(["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "92", "--data", data]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(
      `Lỗi [DATA_VALUE_UNREADABLE]: --data ${data}: dòng 2, value: không đọc được giá trị "nhiều"`,
    );
  });

  it("names the field missing from a row, and reads a bare array of rows", async () => {
    const data = file(
      "bare.json",
      JSON.stringify([{ dataElement: "hotspots_new", orgUnit: "92", value: 1 }]),
    );
    const r = await runCli(["catalog", "evaluate", "--plan", "can-tho-424", "--unit", "92", "--data", data]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Lỗi \[[A-Z_]+\]: /);
    expect(r.err).toContain(`--data ${data}: dòng 1, period: `);
  });

  it("rejects a file that is not JSON and one that does not exist", async () => {
    const broken = await runCli([...BASE.slice(0, 6), "--data", file("broken.json", "{ dataValues: ")]);
    expect([broken.code, broken.err]).toEqual([2, expect.stringContaining("[FILE_INVALID_JSON]: --data")]);
    const missing = await runCli([...BASE.slice(0, 6), "--data", join(dir, "khong-co.json")]);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining("[FILE_NOT_FOUND]: --data")]);
  });

  it("rejects an assessment without a valid verdict, naming the row", async () => {
    const assessments = file(
      "assessments.json",
      JSON.stringify({
        assessments: [
          { targetId: "424ct-3a", orgUnit: "92", period: "2019", verdict: "tot", justification: "x" },
        ],
      }),
    );
    const r = await runCli([...BASE, "--assessments", assessments], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`--assessments ${assessments}: dòng 1, verdict:`);
  });

  it("a bad period in an assessment names the value and the accepted forms", async () => {
    const assessments = file(
      "bad-period.json",
      JSON.stringify([
        { targetId: "424ct-3a", orgUnit: "92", period: "2019-13", verdict: "achieved", justification: "x" },
      ]),
    );
    const r = await runCli([...BASE, "--assessments", assessments], ROOT);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `Lỗi [TARGET_INVALID_PERIOD]: --assessments ${assessments}: dòng 1, period: mã kỳ "2019-13" không hợp lệ (dùng 2020, 2020S1, 2020Q3, 2020-07 hoặc 2017-01-01/2020-06-30)\n`,
    );
  });

  it("warns about assessments of another unit, of a quantitative target, of an unknown one (exit 0)", async () => {
    const row = (targetId: string, orgUnit = "92") => ({
      targetId,
      orgUnit,
      period: "2019",
      verdict: "achieved",
      justification: "Có báo cáo",
    });
    const assessments = file(
      "stray.json",
      JSON.stringify({ assessments: [row("424ct-3a", "99999"), row("424ct-2a"), row("khong-co")] }),
    );
    const r = await runCli([...BASE, "--assessments", assessments], ROOT);
    expect(r.code).toBe(0);
    expect(r.err.split("\n").filter(Boolean)).toEqual([
      `Cảnh báo [ASSESSMENT_OTHER_UNIT]: --assessments ${assessments}: dòng 1, orgUnit: đánh giá của đơn vị "99999", không phải đơn vị đang xét (92); bỏ qua`,
      `Cảnh báo [ASSESSMENT_NOT_QUALITATIVE]: --assessments ${assessments}: dòng 2, targetId: mục tiêu "424ct-2a" được đánh giá theo số liệu, không theo đánh giá định tính; bỏ qua`,
      `Cảnh báo [ASSESSMENT_UNKNOWN_TARGET]: --assessments ${assessments}: dòng 3, targetId: kế hoạch can-tho-424 không có mục tiêu "khong-co"; bỏ qua`,
    ]);
  });
});
