import { describe, expect, it } from "vitest";
import { parseTarget, parseTargets } from "./parse-target.js";
import { readRational } from "./rational-input.js";

const codes = (result: ReturnType<typeof parseTarget>) => (result.ok ? [] : result.errors.map((e) => e.code));

describe("parseTarget", () => {
  it("reads the 424ct-2c range with defaults filled in", () => {
    const result = parseTarget({
      kind: "range",
      id: "424ct-2c",
      title: "Triệt xóa điểm, tụ điểm phức tạp về ma túy",
      indicator: "hotspot_eliminated_share",
      min: "5",
      max: 10,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.periodType).toBe("year");
    expect(result.value.parameters).toEqual([]);
    expect(result.value.kind === "range" && result.value.unit).toBe("percent");
  });

  it("defaults a change against a baseline to a relative change", () => {
    const result = parseTarget({
      kind: "change_vs_baseline",
      id: "1001-b4",
      title: "Tỷ lệ tái nghiện",
      indicator: "relapse_rate",
      direction: "decrease",
      amount: "10",
      amountMax: "15",
      baselinePeriod: "2011",
      duePeriod: "2020",
      parameters: ["changeMode"],
    });
    expect(result.ok && result.value.kind === "change_vs_baseline" && result.value.changeMode).toBe(
      "relative",
    );
  });

  it("rejects a number it cannot read, naming the field", () => {
    const result = parseTarget({ kind: "threshold", id: "x", title: "X", indicator: "i", value: "tám mươi" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.code).toBe("TARGET_INVALID_NUMBER");
    expect(result.errors[0]?.path).toEqual(["value"]);
    expect(result.errors[0]?.message).toContain("không đọc được số");
  });

  it("rejects an inverted range, a percent above 100 and a bad period", () => {
    expect(
      codes(parseTarget({ kind: "range", id: "r", title: "R", indicator: "i", min: "10", max: "5" })),
    ).toEqual(["TARGET_RANGE_INVERTED"]);
    expect(
      codes(parseTarget({ kind: "threshold", id: "t", title: "T", indicator: "i", value: "120" })),
    ).toEqual(["TARGET_PERCENT_OUT_OF_RANGE"]);
    expect(
      codes(
        parseTarget({
          kind: "threshold",
          id: "t",
          title: "T",
          indicator: "i",
          value: "80",
          duePeriod: "20x",
        }),
      ),
    ).toEqual(["TARGET_INVALID_PERIOD"]);
  });

  it("rejects unknown kinds, unknown fields and parameters that cannot be adjusted", () => {
    expect(codes(parseTarget({ kind: "wish", id: "w", title: "W" }))[0]).toMatch(/^INVALID_/);
    expect(
      codes(parseTarget({ kind: "threshold", id: "t", title: "T", indicator: "i", value: "8", treshold: 1 })),
    ).toEqual(["INVALID_UNRECOGNIZED_KEYS"]);
    expect(
      codes(
        parseTarget({
          kind: "threshold",
          id: "t",
          title: "T",
          indicator: "i",
          value: "8",
          parameters: ["indicator"],
        }),
      ),
    ).toEqual(["TARGET_UNKNOWN_PARAMETER"]);
  });

  it("rejects count ranges that are not whole numbers and unordered milestones", () => {
    expect(
      codes(parseTarget({ kind: "count_range", id: "c", title: "C", indicator: "i", min: "1,5", max: 3 })),
    ).toEqual(["TARGET_COUNT_NOT_INTEGER"]);
    const unordered = parseTarget({
      kind: "milestones",
      id: "m",
      title: "M",
      indicator: "i",
      milestones: [
        { period: "2020", value: "100" },
        { period: "2018", value: "75" },
      ],
    });
    expect(codes(unordered)).toEqual(["TARGET_MILESTONES_UNORDERED"]);
    if (!unordered.ok) expect(unordered.errors[0]?.path).toEqual(["milestones", 1, "period"]);
  });

  it("rejects a reach-by target whose baseline is not before its due period", () => {
    expect(
      codes(
        parseTarget({
          kind: "reach_by",
          id: "r",
          title: "R",
          indicator: "i",
          value: "80",
          baselineValue: "60",
          baselinePeriod: "2020",
          duePeriod: "2020",
        }),
      ),
    ).toEqual(["TARGET_BASELINE_NOT_BEFORE_DUE"]);
  });

  it("names the index of a bad definition in a list and refuses duplicate ids", () => {
    const result = parseTargets([
      { kind: "zero_occurrences", id: "a", title: "A", indicator: "i" },
      { kind: "zero_occurrences", id: "a", title: "A", indicator: "i" },
      { kind: "qualitative", id: "b" },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path[0]])).toEqual([
      ["TARGET_DUPLICATE_ID", 1],
      ["INVALID_TYPE", 2],
    ]);
  });
});

describe("readRational", () => {
  it("reads Vietnamese and JS numbers exactly", () => {
    expect(readRational("7,5")).toEqual({ num: 15n, den: 2n });
    expect(readRational(7.5)).toEqual({ num: 15n, den: 2n });
    expect(readRational("68,98")).toEqual({ num: 3449n, den: 50n });
    expect(readRational("1 %")).toEqual({ num: 1n, den: 1n });
    expect(readRational("85%")).toEqual({ num: 85n, den: 1n });
    expect(readRational("abc")).toBeUndefined();
    expect(readRational(Number.NaN)).toBeUndefined();
  });

  it("reads thresholds with the kernel's one number reader: '1.234' is one thousand two hundred and thirty-four", () => {
    expect(readRational("1.234")).toEqual({ num: 1234n, den: 1n });
    expect(readRational("0.5")).toEqual({ num: 1n, den: 2n });
    const counted = parseTarget({
      kind: "count_range",
      id: "c",
      title: "C",
      indicator: "i",
      min: "1.234",
      max: "1.234.567",
    });
    expect(codes(counted)).toEqual([]);
  });
});

describe("text in a target definition", () => {
  it("is normalised to NFC: title, statement, interpretation and the quoted source", () => {
    const nfd = (text: string) => text.normalize("NFD");
    const parsed = parseTarget({
      kind: "qualitative",
      id: "1001-c1",
      title: nfd("Ngăn chặn không để ma túy từ Campuchia vào nội địa"),
      statement: nfd("ngăn chặn {actual}"),
      interpretation: nfd("đánh giá theo báo cáo"),
      criterion: nfd("Không phát hiện vụ nào"),
      source: { document: nfd("1001/QĐ-TTg"), quote: nfd("Ngăn chặn không để ma tuý") },
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.value.kind !== "qualitative") return;
    const texts = [
      parsed.value.title,
      parsed.value.statement,
      parsed.value.interpretation,
      parsed.value.criterion,
      parsed.value.source?.document,
      parsed.value.source?.quote,
    ];
    expect(texts.every((t) => t !== undefined && t === t.normalize("NFC"))).toBe(true);
    expect(parsed.value.title).toBe("Ngăn chặn không để ma túy từ Campuchia vào nội địa");
  });
});
