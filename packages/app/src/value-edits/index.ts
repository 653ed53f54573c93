export type { DataValueAuditInput, GetDataValueInput } from "./get-data-value.js";
export {
  dataValueAudit,
  dataValueAuditInputSchema,
  getDataValue,
  getDataValueInputSchema,
} from "./get-data-value.js";
export { VALUE_EDIT_ISSUE_CODES } from "./issue-codes.js";
export type { ListDataValuesInput } from "./list-data-values.js";
export { listDataValues, listDataValuesInputSchema } from "./list-data-values.js";
export type { PutDataValueInput, PutDataValueOutput } from "./put-data-value.js";
export { putDataValue, putDataValueInputSchema } from "./put-data-value.js";
export type {
  SaveDataValuesInput,
  SaveDataValuesOutput,
  SavedValue,
} from "./save-data-values.js";
export { saveDataValues, saveDataValuesInputSchema } from "./save-data-values.js";
