export type { FormatMeasureOptions, MeasurementUnit } from "./measurement-unit.js";
export {
  formatMeasure,
  MEASUREMENT_UNITS,
  measurementSuffix,
  measurementUnitSchema,
} from "./measurement-unit.js";
