export { checkDataArea, DATA_NOT_IN_AREA } from "./check-data-area.js";
export type { CheckDataValuesOptions, CheckedDataValue } from "./check-data-values.js";
export {
  checkDataValues,
  DATA_VALUE_DUPLICATE,
  DATA_VALUE_IMPRECISE_NUMBER,
  DATA_VALUE_NEGATIVE,
  DATA_VALUE_UNKNOWN_ELEMENT,
  DATA_VALUE_UNKNOWN_UNIT,
} from "./check-data-values.js";
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
export { DATA_ISSUE_CODES } from "./issue-codes.js";
export type { DataUsed, IndicatorOutcome, MissingInput } from "./lineage.js";
