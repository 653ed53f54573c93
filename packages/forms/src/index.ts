// @pctm/forms — Excel statistical forms of a campaign: export a unit's workbook, import a filled one.
export type { ExportFormInput, ExportFormOutput } from "./export-form.js";
export { exportForm, exportFormInputSchema } from "./export-form.js";
export type { FormLayout, FormSheet } from "./form-layout.js";
export { layoutForm } from "./form-layout.js";
export { formPeriods } from "./form-periods.js";
export type { ImportFormInput, ImportFormOutput } from "./import-form.js";
export { importForm, importFormInputSchema } from "./import-form.js";
export type { FormIssueCode } from "./issue-codes.js";
export { FORM_ISSUE_CODES } from "./issue-codes.js";
