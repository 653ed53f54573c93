import { z } from "zod";

/**
 * The data value exchange format: the shape of DHIS2's dataValueSets, so files move between
 * systems. `period` is a period id ("2020", "2020S1", "2020Q3", "2020-07", "2017-01-01/2020-06-30"),
 * `orgUnit` a statistics-office unit code, `categoryOptionCombo` the disaggregation key when there is one.
 * `value` is kept as written (string or number) and read exactly by the data element's value type.
 */
export const dataValueSchema = z.object({
  dataElement: z.string().min(1),
  period: z.string().min(1),
  orgUnit: z.string().min(1),
  categoryOptionCombo: z.string().min(1).optional(),
  value: z.union([z.string(), z.number(), z.boolean()]),
  comment: z.string().optional(),
});
export type DataValue = z.infer<typeof dataValueSchema>;

export const dataValueSetSchema = z.object({
  dataValues: z.array(dataValueSchema),
});
export type DataValueSet = z.infer<typeof dataValueSetSchema>;
