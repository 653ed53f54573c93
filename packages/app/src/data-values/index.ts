export { addValidationRule, addValidationRuleInputSchema } from "./add-validation-rule.js";
export type { CheckedValue } from "./check-import-rows.js";
export type { ExportDataValuesInput, ExportDataValuesOutput } from "./export-data-values.js";
export { exportDataValues, exportDataValuesInputSchema } from "./export-data-values.js";
export type {
  ImportDataValuesInput,
  ImportDataValuesOutput,
  ImportedChange,
  ImportOptions,
} from "./import-data-values.js";
export { importDataValues, importDataValuesInputSchema } from "./import-data-values.js";
export type { ImportPhase, ImportProgress } from "./import-rows.js";
export { CSV_COLUMNS } from "./import-rows.js";
export type { DataExchangeIssueCode } from "./issue-codes.js";
export { DATA_EXCHANGE_ISSUE_CODES } from "./issue-codes.js";
export type { ListedValidationRule } from "./list-validation-rules.js";
export { listValidationRules } from "./list-validation-rules.js";
export type { ViolationRecord } from "./record-violations.js";
export { listRecordedViolations } from "./record-violations.js";
export type { ImportStream, ImportText } from "./text-pieces.js";
export type { ValidateStoredDataInput, ValidateStoredDataOutput } from "./validate-stored-data.js";
export { validateStoredData, validateStoredDataInputSchema } from "./validate-stored-data.js";
