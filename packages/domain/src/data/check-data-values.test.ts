import { describe, expect, it } from "vitest";
import { OLD } from "../unit/fixture.test-helper.js";
import { checkDataArea } from "./check-data-area.js";
import { checkDataValues } from "./check-data-values.js";
import type { DataElement } from "./data-element.js";
import { type DataValue, dataValueSchema } from "./data-value.js";

const ELEMENTS: DataElement[] = [
  { id: "addicts", name: "Số người nghiện", valueType: "count", aggregation: "sum", categories: [] },
  { id: "change", name: "Mức thay đổi", valueType: "number", aggregation: "sum", categories: [] },
];
const row = (orgUnit: string, value: DataValue["value"], dataElement = "addicts"): DataValue => ({
  dataElement,
  orgUnit,
  period: "2020",
  value,
});

describe("checkDataValues", () => {
  it("refuses an unknown unit, an unknown element, a duplicate and a negative count, each by its row", () => {
    const checked = checkDataValues(
      [row("20001", 5), row("99999", 1), row("20001", 7), row("20002", 1, "nope"), row("20003", -4)],
      { dataElements: ELEMENTS, edition: OLD },
    );
    expect(!checked.ok && checked.errors.map((e) => [e.code, e.path.join(".")])).toEqual([
      ["DATA_VALUE_UNKNOWN_UNIT", "dataValues.1.orgUnit"],
      ["DATA_VALUE_DUPLICATE", "dataValues.2"],
      ["DATA_VALUE_UNKNOWN_ELEMENT", "dataValues.3.dataElement"],
      ["DATA_VALUE_NEGATIVE", "dataValues.4.value"],
    ]);
    expect(!checked.ok && checked.errors[1]?.message).toBe(
      'Dòng 3: giá trị của "addicts" tại 20001, kỳ 2020 đã có ở dòng 1; mỗi số liệu chỉ ghi một lần (không cộng dồn)',
    );
  });

  it("accepts a negative value of an element that is not a count, and reads every value exactly", () => {
    const checked = checkDataValues([row("20001", "-2,5", "change"), row("20001", "1.234")], {
      dataElements: ELEMENTS,
    });
    expect(checked.ok && checked.value.map((c) => c.value)).toEqual([
      { num: -5n, den: 2n },
      { num: 1234n, den: 1n },
    ]);
  });

  it("keeps counts beyond 2^53 exact as strings and refuses them as JSON numbers, 1e308 included", () => {
    const big = "123456789012345678901234567890";
    const asText = checkDataValues([row("20001", big)], { dataElements: ELEMENTS });
    expect(asText.ok && asText.value[0]?.value).toEqual({ num: BigInt(big), den: 1n });
    for (const lost of [Number(big), 1e308, Number.MAX_SAFE_INTEGER + 2]) {
      const checked = checkDataValues([row("20001", lost)], { dataElements: ELEMENTS });
      expect(!checked.ok && checked.errors[0]?.code).toBe("DATA_VALUE_IMPRECISE_NUMBER");
    }
    expect(checkDataValues([row("20001", "1e308")], { dataElements: ELEMENTS }).ok).toBe(false);
    expect(checkDataValues([row("20001", Number.MAX_SAFE_INTEGER)], { dataElements: ELEMENTS }).ok).toBe(
      true,
    );
    // The schema says it too, naming the field.
    const parsed = dataValueSchema.safeParse(row("20001", Number(big)));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["value"]);
    expect(parsed.error?.issues[0]?.message).toContain("dưới dạng chuỗi");
  });

  it("answers arguments in the wrong order with a Result error", () => {
    const swapped = checkDataValues({ dataElements: ELEMENTS } as never, [] as never);
    expect(!swapped.ok && swapped.errors[0]?.code).toBe("ARGUMENT_INVALID");
  });
});

describe("checkDataArea", () => {
  it("says when no row belongs to the unit, naming where the data lies", () => {
    const found = checkDataArea([row("20006", 1), row("490", 2), row("48", 3)], {
      edition: OLD,
      unitCode: "46",
    });
    expect(found?.code).toBe("DATA_NOT_IN_AREA");
    expect(found?.message).toBe(
      "không có dòng số liệu nào của Tỉnh Thừa Thiên Huế hay đơn vị trực thuộc; số liệu đã cho thuộc Thành phố Đà Nẵng (3 dòng) — kiểm tra lại mã đơn vị hoặc tệp số liệu",
    );
  });

  it("is quiet when one row belongs, or when there is no data at all", () => {
    expect(
      checkDataArea([row("20006", 1), row("20001", 2)], { edition: OLD, unitCode: "46" }),
    ).toBeUndefined();
    expect(checkDataArea([], { edition: OLD, unitCode: "46" })).toBeUndefined();
  });
});
