import { z } from "zod";
import { isImpreciseNumber } from "../number/imprecise-number.js";
import { readPeriodId } from "../period/period.js";
import { describeReceived } from "../result/zod-issues.js";

/** What a data value's `value` may be, for messages. */
const VALUE_FORMS = 'số, chuỗi số (như "1.234" hoặc "7,5") hoặc đúng/sai';

/** The code of a data value whose period is not a period id, from the schema and from createDataContext. */
export const DATA_VALUE_INVALID_PERIOD = "DATA_VALUE_INVALID_PERIOD";

/**
 * Why a data value's `period` is not a canonical period id ("2020", "2020S1", "2020Q3", "2020-07",
 * "2017-01-01/2020-06-30"), in Vietnamese; undefined when it is one. "31/2/2020", "2020-02-30/2020-03-01"
 * and " 2020" are refused: values are looked up by the exact id, so a near miss would be lost.
 */
export function checkDataValuePeriod(period: string): string | undefined {
  const parsed = readPeriodId(period);
  return parsed.ok ? undefined : parsed.errors.map((e) => e.message).join("; ");
}

/**
 * The data value exchange format: the shape of DHIS2's dataValueSets, so files move between
 * systems. `period` is a period id ("2020", "2020S1", "2020Q3", "2020-07", "2017-01-01/2020-06-30"),
 * `orgUnit` a statistics-office unit code, `categoryOptionCombo` the disaggregation key when there is one.
 * `value` is kept as written (string or number) and read exactly by the data element's value type.
 */
export const dataValueSchema = z.object({
  dataElement: z.string().min(1),
  period: z
    .string()
    .min(1)
    .superRefine((period, ctx) => {
      if (period === "") return; // min(1) says it
      const problem = checkDataValuePeriod(period);
      if (problem !== undefined) {
        ctx.addIssue({ code: "custom", message: problem, params: { code: DATA_VALUE_INVALID_PERIOD } });
      }
    }),
  orgUnit: z.string().min(1),
  categoryOptionCombo: z.string().min(1).optional(),
  value: z
    .union([z.string(), z.number(), z.boolean()], {
      error: (found) =>
        found.input === undefined
          ? `thiếu trường bắt buộc (cần ${VALUE_FORMS})`
          : `kiểu dữ liệu không đúng: cần ${VALUE_FORMS}, nhận được ${describeReceived(found.input)}`,
    })
    .superRefine((value, ctx) => {
      // A JSON number beyond 2^53 − 1 lost digits before anything here saw it: ask for a string.
      if (typeof value === "number" && isImpreciseNumber(value)) {
        ctx.addIssue({
          code: "custom",
          message: `số ${String(value)} vượt quá 9.007.199.254.740.991 (2^53 − 1) nên đã mất chính xác khi đọc tệp JSON; hãy ghi giá trị dưới dạng chuỗi, ví dụ "123456789012345678901234567890"`,
          params: { code: "DATA_VALUE_IMPRECISE_NUMBER" },
        });
      }
    }),
  comment: z.string().optional(),
});
export type DataValue = z.infer<typeof dataValueSchema>;

export const dataValueSetSchema = z.object({
  dataValues: z.array(dataValueSchema),
});
export type DataValueSet = z.infer<typeof dataValueSetSchema>;
