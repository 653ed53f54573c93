export type { Aggregation, Category, DataElement, DataElementInput, ValueType } from "./data-element.js";
export { aggregationSchema, categorySchema, dataElementSchema, valueTypeSchema } from "./data-element.js";
export type { DataValue, DataValueSet } from "./data-value.js";
export {
  checkDataValuePeriod,
  DATA_VALUE_INVALID_PERIOD,
  dataValueSchema,
  dataValueSetSchema,
} from "./data-value.js";
export { dataValueKey } from "./data-value-key.js";
export type { DataUsed, IndicatorOutcome, MissingInput } from "./lineage.js";
